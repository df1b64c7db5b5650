#include "report/check.h"

#include <algorithm>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <sstream>

#include "base/strings.h"
#include "incident/rules.h"

namespace cair::report {
namespace {

struct Line {
  int no = 0;
  std::string text;
  bool code = false;  // inside a fenced code block
};

struct Heading {
  size_t idx = 0;  // index into lines
  int level = 0;
  std::string text;
};

struct Label {
  size_t idx = 0;
  size_t indent = 0;
  std::string label, value;
};

// For similarity only: case, apostrophes, spacing and trailing punctuation
// do not count.
std::string Normalise(const std::string& s) {
  std::string t;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, "\xE2\x80\x99") == 0 || s.compare(i, 3, "\xE2\x80\x98") == 0) {
      t += '\'';
      i += 2;
    } else if (s[i] == ' ' || s[i] == '\t') {
      if (!t.empty() && t.back() != ' ') t += ' ';
    } else {
      t += static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
    }
  }
  while (!t.empty() && (t.back() == ' ' || t.back() == ':' || t.back() == '.' || t.back() == '*')) t.pop_back();
  return t;
}

size_t Levenshtein(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

bool Similar(const std::string& got, const std::string& want) {
  std::string g = Normalise(got), w = Normalise(want);
  if (g == w) return true;
  return Levenshtein(g, w) <= std::max<size_t>(2, w.size() / 5);
}

size_t IndentOf(const std::string& s) {
  size_t n = 0;
  while (n < s.size() && (s[n] == ' ' || s[n] == '\t')) ++n;
  return n;
}

const std::regex kHeadingRe(R"(^(#{1,6})\s+(.*?)\s*#*\s*$)");
const std::regex kLabelRe(R"(^(\s*)[-*+]\s+\*\*(.+?)\*\*(.*)$)");
const std::regex kFactorRe(R"(^\s*\*\*Contributing Factor\s*(#|\d+)\s*:\s*(.*?)\*\*\s*$)");
const std::regex kListItemRe(R"(^[-*+]\s+(.*)$)");
// A list item at any depth, bulleted or numbered: [1] indent, [2] text.
const std::regex kNestedItemRe(R"(^(\s*)(?:[-*+]|\d{1,3}[.)])\s+(.*)$)");

constexpr const char* kFullLabelsSummary[] = {"CA Owner CCADB unique ID:", "Incident description:", "Timeline summary:",
                                              "Non-compliance start date:", "Non-compliance identified date:",
                                              "Non-compliance end date:", "Relevant policies:", "Source of incident disclosure:"};
constexpr const char* kImpactLabels[] = {"Total number of certificates:", "Total number of \"remaining valid\" certificates:",
                                         "Affected certificate types:", "Incident heuristic:",
                                         "Was issuance stopped in response to this incident, and why or why not?:", "Analysis:",
                                         "Additional considerations:"};
constexpr const char* kFactorLabels[] = {"Description:", "Timeline:", "Detection:", "Interaction with other factors:",
                                         "Root Cause Analysis methodology used:"};
constexpr const char* kLessonLabels[] = {"What went well:", "What didn\xE2\x80\x99t go well:", "Where we got lucky:", "Additional:"};
constexpr const char* kClosureLabels[] = {"Incident description:", "Incident Root Cause(s):", "Remediation description:",
                                          "Commitment summary:"};
constexpr const char* kClosureSentence =
    "All Action Items disclosed in this report have been completed as described, and we request its closure.";
constexpr const char* kMozillaTopics[] = {
    "1. How your CA first became aware of the problem",
    "2. A timeline of the actions your CA took in response",
    "3. Whether your CA has stopped, or has not yet stopped, issuing certificates with the problem",
    "4. A summary of the problematic certificates",
    "5. The complete certificate data for the problematic certificates",
    "6. Explanation about how and why the mistakes were made or bugs introduced, and how they avoided detection until now",
    "7. List of steps your CA is taking to resolve the situation and ensure such issuance will not be repeated in the future"};
constexpr const char* kActionColumns[] = {"Action Item", "Kind", "Corresponding Root Cause(s)", "Evaluation Criteria", "Due Date", "Status"};

class Checker {
 public:
  Checker(const std::string& text, const CheckOptions& o) : opt_(o) {
    std::stringstream ss(text);
    std::string s;
    int no = 0;
    bool code = false;
    while (std::getline(ss, s)) {
      if (!s.empty() && s.back() == '\r') s.pop_back();
      ++no;
      bool fence = base::Trim(s).rfind("```", 0) == 0;
      lines_.push_back({no, s, code || fence});
      if (fence) code = !code;
    }
    std::smatch m;
    for (size_t i = 0; i < lines_.size(); ++i) {
      if (lines_[i].code) continue;
      if (std::regex_match(lines_[i].text, m, kHeadingRe)) headings_.push_back({i, static_cast<int>(m[1].length()), m[2].str()});
      else if (std::regex_match(lines_[i].text, m, kLabelRe))
        labels_.push_back({i, IndentOf(lines_[i].text), m[2].str(), base::Trim(m[3].str())});
    }
  }

  std::string Kind() {
    for (const auto& h : headings_) {
      if (h.text == "Full Incident Report") return IsDelay() ? "delayed-revocation" : "full";
      if (h.text == "Preliminary Incident Report") return "preliminary";
      if (h.text == "Report Closure Summary") return "closure";
      if (h.text == kMozillaTopics[0]) return "mozilla7";
    }
    return "";
  }

  std::vector<Finding> Run() {
    std::string kind = Kind();
    if (kind.empty()) kind = GuessKind();
    CheckTemplateVersion();
    if (kind.empty()) {
      Add(lines_.empty() ? 1 : lines_[0].no, "unknown-report",
          "no report heading found: expected \"## Preliminary Incident Report\", \"## Full Incident Report\", "
          "\"### Report Closure Summary\" (CCADB IRG v3.2, req §4.6) or Mozilla's seven topics (req §4.10)");
    } else if (kind == "preliminary") {
      CheckHeadings({{2, "Preliminary Incident Report"}, {3, "Summary"}});
      // Req §4.7: Source of incident disclosure may be left out of a
      // third party's preliminary report (starred field).
      CheckLabels(Section("Summary"), {"Incident description:", "Relevant policies:"}, true);
    } else if (kind == "full" || kind == "delayed-revocation") {
      CheckHeadings({{2, "Full Incident Report"}, {3, "Summary"}, {3, "Impact"}, {3, "Timeline"}, {3, "Related Incidents"},
                     {3, "Root Cause Analysis"}, {3, "Lessons Learned"}, {3, "Action Items"}, {3, "Appendix"}});
      CheckLabels(Section("Summary"), std::vector<std::string>(std::begin(kFullLabelsSummary), std::end(kFullLabelsSummary)), true);
      CheckLabels(Section("Impact"), std::vector<std::string>(std::begin(kImpactLabels), std::end(kImpactLabels)), true);
      CheckLabels(Section("Lessons Learned"), std::vector<std::string>(std::begin(kLessonLabels), std::end(kLessonLabels)), true);
      CheckFactors(Section("Root Cause Analysis"), true);
      CheckTimeline(Section("Timeline"));
      CheckActionItems(Section("Action Items"));
      if (kind == "delayed-revocation") CheckDelay();
      else CheckRationale(AnalysisLines());
    } else if (kind == "closure") {
      CheckHeadings({{3, "Report Closure Summary"}});
      auto sec = Section("Report Closure Summary");
      CheckLabels(sec, std::vector<std::string>(std::begin(kClosureLabels), std::end(kClosureLabels)), true);
      bool sentence = false;
      for (const auto& l : lines_) sentence |= base::Trim(l.text) == kClosureSentence;
      if (!sentence)
        Add(sec.second > sec.first ? lines_[sec.first].no : 1, "closure-request",
            std::string("the closing sentence is missing or altered: \"") + kClosureSentence + "\" (req §4.6)");
      for (const auto& lb : labels_)
        if (lb.label == "Incident Root Cause(s):") BlameCheck(lb.idx, FieldText(lb.idx));
    } else if (kind == "mozilla7") {
      std::vector<std::pair<int, std::string>> want;
      for (const char* t : kMozillaTopics) want.emplace_back(3, t);
      CheckHeadings(want);
      CheckTimeline(Section(kMozillaTopics[1]));
      auto rca = Section(kMozillaTopics[5]);
      if (!CheckFactors(rca, false) && rca.second > rca.first) {
        std::string all;
        for (size_t i = rca.first + 1; i < rca.second; ++i) all += lines_[i].text + "\n";
        BlameCheck(rca.first, all);
      }
      CheckActionItems(Section(kMozillaTopics[6]));
    }
    CheckEmptyFields();
    std::stable_sort(findings_.begin(), findings_.end(), [](const Finding& a, const Finding& b) { return a.line < b.line; });
    return findings_;
  }

 private:
  using Range = std::pair<size_t, size_t>;  // [heading index, end): lines of a section; {0,0} when absent

  void Add(int line, std::string rule, std::string message) { findings_.push_back({line, std::move(rule), std::move(message)}); }

  bool IsDelay() const {
    for (const auto& h : headings_)
      if (Normalise(h.text) == "per-subscriber rationale") return true;
    for (const auto& l : labels_)
      if (l.label == "Not yet revoked:") return true;
    for (const auto& l : lines_)
      if (l.text.find("revocation-delay]") != std::string::npos) return true;
    return false;
  }

  std::string GuessKind() {
    for (const auto& h : headings_) {
      if (Similar(h.text, "Full Incident Report")) return IsDelay() ? "delayed-revocation" : "full";
      if (Similar(h.text, "Preliminary Incident Report")) return "preliminary";
      if (Similar(h.text, "Report Closure Summary")) return "closure";
      if (Similar(h.text, kMozillaTopics[0])) return "mozilla7";
    }
    return "";
  }

  Range Section(const std::string& title) const {
    for (size_t k = 0; k < headings_.size(); ++k) {
      if (headings_[k].text != title && !Similar(headings_[k].text, title)) continue;
      size_t end = lines_.size();
      for (size_t n = k + 1; n < headings_.size(); ++n)
        if (headings_[n].level <= headings_[k].level) {
          end = headings_[n].idx;
          break;
        }
      return {headings_[k].idx, end};
    }
    return {0, 0};
  }

  void CheckHeadings(const std::vector<std::pair<int, std::string>>& want) {
    int last_line = 1;
    for (const auto& [level, text] : want) {
      const Heading* exact = nullptr;
      const Heading* near = nullptr;
      for (const auto& h : headings_) {
        // Headings vary in level in real reports ("# Full Incident Report",
        // "## Summary"): the exact text at any level is the heading.
        if (h.text == text) exact = &h;
        else if (!near && Similar(h.text, text)) near = &h;
      }
      std::string spelled = std::string(level, '#') + " " + text;
      if (exact) {
        last_line = lines_[exact->idx].no;
      } else if (near) {
        Add(lines_[near->idx].no, "misspelled-heading",
            "\"" + base::Trim(lines_[near->idx].text) + "\" should read \"" + spelled + "\" exactly (req §4.6)");
        last_line = lines_[near->idx].no;
      } else {
        Add(last_line, "missing-heading", "missing heading \"" + spelled + "\" (req §4.6)");
      }
    }
  }

  // Checks that each label appears in [range); returns nothing. Labels of
  // nested blocks are found at any indentation.
  void CheckLabels(Range r, const std::vector<std::string>& want, bool report_missing) {
    if (r.second <= r.first) return;  // the missing heading is reported already
    std::set<size_t> used;
    for (const auto& w : want) {
      bool found = false;
      for (const auto& l : labels_)
        if (l.idx > r.first && l.idx < r.second && (l.label == w || (w == "Additional:" && l.label == "Other:"))) {
          found = true;
          used.insert(l.idx);
        }
      if (found) continue;
      const Label* near = nullptr;
      for (const auto& l : labels_) {
        if (l.idx <= r.first || l.idx >= r.second || used.count(l.idx)) continue;
        if (std::find(want.begin(), want.end(), l.label) != want.end()) continue;
        std::string label = l.label;
        // "**Label**:" spells the colon outside the bold.
        if (label.back() != ':' && !l.value.empty() && l.value[0] == ':') label += ":";
        if (Similar(label, w)) {
          near = &l;
          break;
        }
      }
      if (near) {
        used.insert(near->idx);
        Add(lines_[near->idx].no, "misspelled-label",
            "label \"**" + near->label + "**\" should read \"**" + w + "**\" exactly (req §4.6)");
      } else if (report_missing) {
        Add(lines_[r.first].no, "missing-label", "section \"" + base::Trim(lines_[r.first].text) + "\" lacks the field \"**" + w + "**\" (req §4.5, §4.6)");
      }
    }
  }

  // Root Cause Analysis blocks. Returns whether any block was found.
  bool CheckFactors(Range r, bool required) {
    if (r.second <= r.first) return false;
    std::vector<size_t> starts;
    std::smatch m;
    for (size_t i = r.first + 1; i < r.second; ++i)
      if (!lines_[i].code && std::regex_match(lines_[i].text, m, kFactorRe)) starts.push_back(i);
    if (starts.empty()) {
      if (required)
        Add(lines_[r.first].no, "missing-label", "no \"**Contributing Factor #: title**\" block in the Root Cause Analysis (req §4.6)");
      return false;
    }
    for (size_t k = 0; k < starts.size(); ++k) {
      Range block{starts[k], k + 1 < starts.size() ? starts[k + 1] : r.second};
      if (required) CheckLabels(block, std::vector<std::string>(std::begin(kFactorLabels), std::end(kFactorLabels)), true);
      bool described = false;
      for (const auto& l : labels_)
        if (l.idx > block.first && l.idx < block.second && l.label == "Description:") {
          described = true;
          BlameCheck(l.idx, FieldText(l.idx));
        }
      if (!described) BlameCheck(block.first, lines_[block.first].text);
    }
    return true;
  }

  // The value of the label on line `i` with its continuation lines.
  std::string FieldText(size_t i) const {
    std::string out;
    for (const auto& l : labels_)
      if (l.idx == i) out = l.value;
    size_t indent = IndentOf(lines_[i].text);
    for (size_t j = i + 1; j < lines_.size(); ++j) {
      const auto& t = lines_[j].text;
      if (base::Trim(t).empty()) {
        if (j + 1 < lines_.size() && IndentOf(lines_[j + 1].text) <= indent) break;
        continue;
      }
      if (IsHeading(j)) break;
      if (IsLabel(j) && IndentOf(t) <= indent) break;
      out += "\n" + base::Trim(t);
    }
    return out;
  }

  bool IsHeading(size_t j) const {
    for (const auto& h : headings_)
      if (h.idx == j) return true;
    return false;
  }
  bool IsLabel(size_t j) const {
    for (const auto& l : labels_)
      if (l.idx == j) return true;
    return false;
  }

  void BlameCheck(size_t idx, const std::string& text) {
    if (OnlyBlamesPeople(text))
      Add(lines_[idx].no, "root-cause-blame",
          "the root cause only names human error / a mistake / an oversight / training: say why the system let it happen "
          "and how it escaped detection (req §4.7, Mozilla \"Responding to an Incident\")");
  }

  // How an entry of the Timeline is dated (req §4.7: UTC or UTC with the
  // local offset, to the minute). Recognised at the start of the entry:
  // "2019-05-11 17:37", "2019-05-11T17:37:05Z", "2019-05-11, 17:37",
  // "11 May 2019 17:37", "May 11, 2019 17:37", a bare "17:37" (under a date),
  // or a date alone; bold or code marks around them are ignored.
  struct Stamp {
    bool date = false, time = false;
    bool utc = false;    // Z, UTC, GMT or a numeric offset on the entry
    bool local = false;  // a named local zone (PDT, CET, ...) without an offset
  };

  static Stamp ReadStamp(const std::string& text) {
    static const std::string kMonth = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
    static const std::regex date("^(?:\\d{4}-\\d{2}-\\d{2}|\\d{4}/\\d{2}/\\d{2}|\\d{1,2} " + kMonth + ",? \\d{4}|" + kMonth +
                                 " \\d{1,2}(?:st|nd|rd|th)?,? \\d{4})");
    static const std::regex time(R"(^(?:T|,? ?(?:at )?)?\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?!\d))");
    static const std::regex utc(R"(\bUTC\b|\bGMT\b|\d(?:Z|z)\b|[+-]\d{2}:?\d{2}\b|\(Z\))");
    static const std::regex local(R"(\b(?:[PMCEA][SD]T|CES?T|EES?T|WES?T|BST|IST|JST|KST|AES?T|AED?T|MSK|HKT|SGT)\b)");
    Stamp st;
    std::string t = text;
    size_t b = 0;
    while (b < t.size() && (t[b] == '*' || t[b] == '_' || t[b] == '`' || t[b] == '[')) ++b;
    t = t.substr(b);
    std::smatch m;
    if (std::regex_search(t, m, date, std::regex_constants::match_continuous)) {
      st.date = true;
      t = t.substr(m.length(0));
      size_t k = 0;
      while (k < t.size() && (t[k] == '*' || t[k] == '_' || t[k] == '`')) ++k;
      t = t.substr(k);
    }
    if (std::regex_search(t, m, time, std::regex_constants::match_continuous)) st.time = true;
    if (!st.date && !st.time) return st;
    st.utc = std::regex_search(text, utc);
    st.local = !st.utc && std::regex_search(text, local);
    return st;
  }

  // A line that only gives a date ("2019-05-11:", "**2019-05-11**",
  // "- 2019-05-11", "#### 2019-05-11"): the entries below carry the time.
  static bool IsDateHeader(const std::string& text) {
    static const std::regex header(R"(^\s*(?:#{1,6}\s+|[-*+]\s+)?[*_`]*(\d{4}-\d{2}-\d{2}|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2},? \d{4})[*_`]*:?[*_`]*\s*(?:\(UTC\))?\s*$)");
    return std::regex_match(text, header);
  }

  // Req §4.7: every Timeline entry in UTC (or with its offset), to the
  // minute. Entries come as list items, plain dated lines or table rows;
  // each undated or non-UTC entry is named on its own line.
  void CheckTimeline(Range r) {
    if (r.second <= r.first) return;
    static const std::regex note(R"(\bUTC\b|\bGMT\b|\bZulu\b)");
    std::smatch m;
    // A UTC note anywhere in the section outside the entries: "All times
    // are UTC.", "Times in UTC", "(UTC)" in a table's header, ...
    bool utc_declared = false;
    for (size_t i = r.first + 1; i < r.second; ++i) {
      const std::string& t = lines_[i].text;
      std::string item = std::regex_match(t, m, kNestedItemRe) ? m[2].str() : base::Trim(t);
      if (!lines_[i].code && !ReadStamp(item).date && !ReadStamp(item).time && std::regex_search(t, note)) utc_declared = true;
    }
    bool have_date = false;
    int dated = 0, flagged = 0;
    int entry_indent = -1;  // the indent of the dated list entries since the last date; deeper items belong to them
    bool in_dated_lines = false;  // the previous line was a dated plain line
    auto judge = [&](const Line& l, const std::string& item, bool table_utc, bool nested) {
      Stamp st = ReadStamp(item);
      std::string why;
      if (!st.date && !(st.time && have_date)) {
        if (nested) return;  // the detail of the entry above
        why = "timeline entry without a UTC date-time (YYYY-MM-DD HH:MM UTC; req §4.7)";
      } else if (!st.time) {
        why = "timeline entry dated without a time: give the time to the minute, in UTC (req §4.7)";
      } else if (st.local) {
        why = "timeline entry in local time without its offset from UTC (req §4.7)";
      } else if (!st.utc && !utc_declared && !table_utc) {
        why = "timeline entry time not marked UTC, and the Timeline has no UTC note (req §4.7)";
      }
      if (st.date) have_date = true;
      if (why.empty()) {
        ++dated;
        return;
      }
      ++flagged;
      Add(l.no, "timeline-time", why + ": \"" + base::Trim(l.text) + "\"");
    };
    for (size_t i = r.first + 1; i < r.second; ++i) {
      const auto& l = lines_[i];
      if (l.code) continue;
      const std::string t = base::Trim(l.text);
      if (t.empty()) {
        in_dated_lines = false;
        continue;
      }
      if (IsDateHeader(l.text)) {
        have_date = true;
        entry_indent = -1;  // the entries below may nest under a date bullet
        in_dated_lines = false;
        continue;
      }
      if (IsHeading(i)) continue;
      if (t[0] == '|') {
        // A table: the columns named for a date or time (a "UTC" in the
        // header declares the zone). A table without such a column, or one
        // of the template's other tables (Related Incidents, Action Items:
        // here when their heading is missing), is not the timeline.
        size_t end = i;
        while (end < r.second && base::Trim(lines_[end].text).rfind('|', 0) == 0) ++end;
        auto header = Cells(lines_[i].text);
        std::vector<size_t> cols;
        bool header_utc = false, other_table = false;
        for (size_t c = 0; c < header.size(); ++c) {
          std::string h = base::Lower(header[c]);
          if (h.find("date") != std::string::npos || h.find("time") != std::string::npos || h.find("when") != std::string::npos ||
              h.find("utc") != std::string::npos)
            cols.push_back(c);
          header_utc |= std::regex_search(header[c], note);
          other_table |= h == "bug" || h == "action item";
        }
        if (cols.empty() || other_table) {
          i = end - 1;
          in_dated_lines = false;
          continue;
        }
        static const std::regex separator(R"(^\|?\s*:?-{3,}.*$)");
        for (size_t k = i + 1; k < end; ++k) {
          if (std::regex_match(base::Trim(lines_[k].text), separator)) continue;
          auto cells = Cells(lines_[k].text);
          std::string when;
          for (size_t c : cols)
            if (c < cells.size() && !cells[c].empty()) when += (when.empty() ? "" : " ") + cells[c];
          judge(lines_[k], when, header_utc, false);
        }
        i = end - 1;
        in_dated_lines = false;
        continue;
      }
      if (std::regex_match(l.text, m, kNestedItemRe)) {
        const int indent = static_cast<int>(IndentOf(l.text));
        const std::string item = m[2].str();
        const Stamp st = ReadStamp(item);
        const bool child = entry_indent >= 0 && indent > entry_indent;
        if (!st.date && !st.time && std::regex_search(item, note) && !child) continue;  // "- All times are UTC"
        if ((st.date || (st.time && have_date)) && !child) entry_indent = indent;
        judge(l, item, false, child);
        in_dated_lines = false;
        continue;
      }
      // A plain line: an entry when dated ("2019-05-11 17:37 Revoked"), or
      // when it sits among dated lines; other prose is not an entry.
      const Stamp st = ReadStamp(t);
      if (st.date || (st.time && have_date)) {
        judge(l, t, false, false);
        in_dated_lines = true;
      } else if (in_dated_lines) {
        judge(l, t, false, false);
      }
    }
    if (dated == 0 && flagged == 0) Add(lines_[r.first].no, "timeline-time", "the Timeline has no dated entries (req §4.7)");
  }

  static std::vector<std::string> Cells(const std::string& row) {
    std::vector<std::string> out;
    std::string t = base::Trim(row);
    if (!t.empty() && t[0] == '|') t.erase(0, 1);
    if (!t.empty() && t.back() == '|' && (t.size() < 2 || t[t.size() - 2] != '\\')) t.pop_back();
    std::string cur;
    for (size_t i = 0; i < t.size(); ++i) {
      if (t[i] == '\\' && i + 1 < t.size() && t[i + 1] == '|') {
        cur += '|';
        ++i;
      } else if (t[i] == '|') {
        out.push_back(base::Trim(cur));
        cur.clear();
      } else {
        cur += t[i];
      }
    }
    out.push_back(base::Trim(cur));
    return out;
  }

  void CheckActionItems(Range r) {
    if (r.second <= r.first) return;
    std::vector<size_t> rows;
    for (size_t i = r.first + 1; i < r.second; ++i)
      if (!lines_[i].code && base::Trim(lines_[i].text).rfind('|', 0) == 0) rows.push_back(i);
    if (rows.size() < 2) {
      Add(lines_[r.first].no, "action-item", "no Action Items table (| Action Item | Kind | ... | Status |, req §4.6)");
      return;
    }
    auto header = Cells(lines_[rows[0]].text);
    std::vector<int> col(6, -1);
    for (size_t c = 0; c < 6; ++c) {
      for (size_t h = 0; h < header.size(); ++h)
        if (header[h] == kActionColumns[c]) col[c] = static_cast<int>(h);
      if (col[c] >= 0) continue;
      for (size_t h = 0; h < header.size(); ++h)
        if (Similar(header[h], kActionColumns[c])) {
          col[c] = static_cast<int>(h);
          Add(lines_[rows[0]].no, "misspelled-heading",
              "Action Items column \"" + header[h] + "\" should read \"" + kActionColumns[c] + "\" (req §4.6)");
        }
      if (col[c] < 0)
        Add(lines_[rows[0]].no, "missing-heading", std::string("Action Items table lacks the column \"") + kActionColumns[c] + "\" (req §4.6)");
    }
    int items = 0;
    for (size_t k = 2; k < rows.size(); ++k) {
      auto cells = Cells(lines_[rows[k]].text);
      bool all_na = true;
      for (const auto& c : cells) all_na &= c == "N/A" || c.empty();
      if (all_na) continue;
      ++items;
      const int no = lines_[rows[k]].no;
      auto cell = [&](int c) { return col[c] >= 0 && static_cast<size_t>(col[c]) < cells.size() ? cells[col[c]] : std::string(); };
      if (cells.size() != header.size())
        Add(no, "action-item", "row has " + std::to_string(cells.size()) + " cells, the header " + std::to_string(header.size()));
      static const std::set<std::string> kinds = {"Prevent", "Mitigate", "Detect"};
      static const std::set<std::string> statuses = {"Ongoing", "Complete", "Delayed", "Canceled"};
      std::string kind = cell(1), status = cell(5);
      if (kind.empty() || kind == "N/A") Add(no, "action-item", "action item lacks its Kind (Prevent, Mitigate or Detect; req §4.7)");
      else if (!kinds.count(kind)) Add(no, "action-item", "Kind \"" + kind + "\" is not Prevent, Mitigate or Detect (req §4.7)");
      if (cell(2).empty() || cell(2) == "N/A") Add(no, "action-item", "action item names no corresponding root cause (req §4.7)");
      if (cell(3).empty() || cell(3) == "N/A") Add(no, "action-item", "action item lacks its Evaluation Criteria (req §4.7)");
      std::string due = cell(4);
      static const std::regex date(R"(^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2}| UTC)?)?$)");
      if (due.empty() || due == "N/A") Add(no, "action-item", "action item lacks its Due Date (req §4.7)");
      else if (!std::regex_match(due, date) || !incident::ParseRfc3339(due.substr(0, 10) + "T00:00:00Z"))
        Add(no, "action-item", "Due Date \"" + due + "\" is not a date (YYYY-MM-DD)");
      if (status.empty() || status == "N/A") Add(no, "action-item", "action item lacks its Status (req §4.7)");
      else if (!statuses.count(status))
        Add(no, "action-item", "Status \"" + status + "\" is not one of Ongoing, Complete, Delayed, Canceled (req §4.7)");
    }
    if (items == 0)
      Add(lines_[rows[0]].no, "action-item", "no action items: every root cause MUST map to at least one Action Item (req §4.7)");
  }

  std::vector<size_t> AnalysisLines() const {
    std::vector<size_t> out;
    for (const auto& l : labels_)
      if (l.label == "Analysis:") out.push_back(l.idx);
    return out;
  }

  void CheckRationale(const std::vector<size_t>& label_lines) {
    for (size_t i : label_lines)
      if (NotASecurityRiskRationale(FieldText(i)))
        Add(lines_[i].no, "delay-rationale",
            "a delay justified by the defect not being a security risk: MRSP 6.1.3 asks for substantiated, extensive "
            "third-party harm from timely revocation (req §3.4)");
  }

  void CheckDelay() {
    // Req §3.4 / §4.7: Analysis is mandatory with revocation-delay.
    auto analysis = AnalysisLines();
    for (size_t i : analysis) {
      std::string t = base::Trim(FieldText(i));
      std::string first = t.substr(0, t.find('\n'));
      if (t.empty() || base::Trim(first) == "N/A")
        Add(lines_[i].no, "delay-analysis",
            "a delayed-revocation report MUST explain the delay in Impact \xE2\x86\x92 Analysis (MRSP 6.1.3, req §3.4)");
    }
    CheckRationale(analysis);
    // The per-subscriber rationale rows.
    auto r = Section("Per-subscriber rationale");
    for (size_t i = r.first + 1; i < r.second; ++i)
      if (NotASecurityRiskRationale(lines_[i].text))
        Add(lines_[i].no, "delay-rationale",
            "a subscriber's delay justified by the defect not being a security risk (MRSP 6.1.3, req §3.4)");
    for (const char* l : {"Revoked:", "Not yet revoked:", "Planned for revocation and expired:", "Estimated completion:"}) {
      bool found = false;
      for (const auto& lb : labels_) found |= lb.label == l;
      if (!found)
        Add(analysis.empty() ? 1 : lines_[analysis[0]].no, "missing-label",
            std::string("a delayed-revocation report gives \"**") + l + "**\" (IRG 4.4, req §4.4)");
    }
  }

  void CheckEmptyFields() {
    for (const auto& l : labels_) {
      std::string v = base::Trim(l.value);
      if (!v.empty() && v[0] == ':') v = base::Trim(v.substr(1));
      static const std::set<std::string> placeholders = {"-", "TBD", "TBA", "?", "...", "\xE2\x80\xA6"};
      if (placeholders.count(v)) {
        Add(lines_[l.idx].no, "empty-field", "field \"" + l.label + "\" holds a placeholder (\"" + v + "\"): fill it or write N/A (req §4.5)");
        continue;
      }
      if (!v.empty()) continue;
      bool content = false;
      for (size_t j = l.idx + 1; j < lines_.size(); ++j) {
        const auto& t = lines_[j].text;
        if (base::Trim(t).empty()) continue;
        if (IsHeading(j)) break;
        if (IsLabel(j)) {
          content = IndentOf(t) > l.indent;  // a parent label such as "Timeline summary:"
          break;
        }
        content = IndentOf(t) > l.indent || !std::regex_match(t, kListItemRe);
        break;
      }
      if (!content)
        Add(lines_[l.idx].no, "empty-field", "field \"" + l.label + "\" is empty: write N/A where it does not apply (req §4.5)");
    }
    // Values with a closed set (req §4.7).
    for (const auto& l : labels_) {
      std::string v = base::Trim(l.value);
      if (l.label == "Source of incident disclosure:" && !v.empty() && v != "N/A" && v != "Self Reported" &&
          v != "Third Party Reported" && v != "Audit")
        Add(lines_[l.idx].no, "bad-value", "Source of incident disclosure \"" + v + "\" is not Self Reported, Third Party Reported or Audit (req §4.7)");
      static const std::regex ccadb(R"(^A\d{6}$)");
      if (l.label == "CA Owner CCADB unique ID:" && !v.empty() && v != "N/A" && !std::regex_match(v, ccadb))
        Add(lines_[l.idx].no, "bad-value", "CCADB unique ID \"" + v + "\" is not \"A\" followed by six digits (req §4.7)");
    }
  }

  // CCADB Policy 6.1 (req §4.4): MUST NOT use a template superseded more
  // than 30 calendar days before the report is posted.
  void CheckTemplateVersion() {
    struct Version {
      int major, minor;
      const char* superseded;  // by the next version, effective then
    };
    static const Version versions[] = {{1, 0, "2023-10-17"}, {2, 0, "2025-03-01"}, {3, 0, "2025-07-15"}, {3, 1, "2026-03-20"}};
    auto judge = [&](int line, int major, int minor, const std::string& what) {
      for (const auto& v : versions)
        if (v.major == major && v.minor == minor) {
          int64_t since = incident::ParseRfc3339(std::string(v.superseded) + "T00:00:00Z").value_or(0);
          if (opt_.now > since + 30 * incident::kDay)
            Add(line, "template-version",
                what + " (IRG v" + std::to_string(major) + "." + std::to_string(minor) + ") was superseded on " + v.superseded +
                    ", more than 30 days before " + incident::FormatRfc3339(opt_.now).substr(0, 10) +
                    ": use the v3.2 template (CCADB Policy 6.1, req §4.4)");
        }
    };
    static const std::regex version(R"((?:Incident Reporting Guidelines|IRG)[^0-9\n]{0,20}?v(?:ersion)?\s*(\d+)\.(\d+))", std::regex::icase);
    for (const auto& l : lines_) {
      if (l.code) continue;
      std::smatch m;
      if (std::regex_search(l.text, m, version)) judge(l.no, std::stoi(m[1]), std::stoi(m[2]), "the report names a template version that");
    }
    for (const auto& h : headings_)
      if (Normalise(h.text) == "audit incident report")
        judge(lines_[h.idx].no, 2, 0, "the Audit Incident Report template, removed in IRG v3.0,");
  }

  const CheckOptions& opt_;
  std::vector<Line> lines_;
  std::vector<Heading> headings_;
  std::vector<Label> labels_;
  std::vector<Finding> findings_;
};

}  // namespace

bool OnlyBlamesPeople(const std::string& text) {
  std::string t = base::Lower(text);
  static const char* const blame[] = {"human error", "mistake", "oversight", "training", "human factor", "operator error",
                                      "carelessness", "negligence"};
  bool named = false;
  for (const char* b : blame) named |= t.find(b) != std::string::npos;
  if (!named) return false;
  // What is left once the blame words and filler are taken out.
  static const std::set<std::string> filler = {
      "the", "a", "an", "was", "were", "is", "are", "be", "been", "by", "due", "to", "of", "in", "on", "for", "and", "or", "our",
      "staff", "employee", "employees", "operator", "operators", "person", "individual", "human", "error", "errors", "mistake",
      "mistakes", "oversight", "oversights", "training", "trained", "insufficient", "lack", "lacking", "inadequate", "caused",
      "cause", "root", "this", "that", "incident", "issue", "made", "simple", "simply", "which", "led", "resulted", "result", "it",
      "its", "team", "member", "members", "personnel", "manual", "we", "us", "not", "did", "properly", "correctly", "careless",
      "carelessness", "negligence", "failure", "failed", "missed", "need", "needs", "more", "additional", "will", "retrain",
      "retrained", "retraining", "as", "with", "has", "have", "had", "factor", "factors", "n/a", "an", "one", "who", "there",
      "unfortunately", "because", "just", "only", "someone", "somebody", "mistakenly", "accidentally", "accident", "contributing",
      "description", "responsible", "on-call", "engineer", "engineers", "validation", "specialist", "specialists", "agent", "agents"};
  std::string word;
  int substantive = 0;
  auto flush = [&] {
    if (word.size() >= 3 && !filler.count(word)) ++substantive;
    word.clear();
  };
  for (char c : t) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '/') word += c;
    else flush();
  }
  flush();
  return substantive < 5;
}

bool NotASecurityRiskRationale(const std::string& text) {
  std::string t = base::Lower(text);
  for (size_t p; (p = t.find("\xE2\x80\x99")) != std::string::npos;) t.replace(p, 3, "'");
  static const char* const phrases[] = {
      "not a security risk", "no security risk", "not pose a security risk", "not pose any security risk", "does not pose a risk",
      "doesn't pose a risk", "poses no risk", "poses no security", "pose no security", "no security impact", "no impact on security",
      "no risk to relying parties", "not a security issue", "not a security concern", "no security concern", "only a compliance issue",
      "purely a compliance", "merely a compliance", "purely technical", "low security risk", "minimal security risk", "no real risk",
      "harmless", "no risk to the ecosystem", "no security implications", "no security implication", "not security relevant",
      "not security-relevant"};
  for (const char* p : phrases)
    if (t.find(p) != std::string::npos) return true;
  return false;
}

std::string DetectReportKind(const std::string& markdown) {
  CheckOptions o;
  Checker c(markdown, o);
  return c.Kind();
}

// Bugzilla takes at most 65,535 characters in one comment, and a report is
// posted as one (req §4.2): a longer report cannot be posted. The finding
// names the line where the limit is crossed.
std::optional<Finding> CheckCommentSize(const std::string& markdown) {
  constexpr size_t kLimit = 65535;
  size_t chars = 0, line = 1, crossed = 0;
  for (unsigned char ch : markdown) {
    if ((ch & 0xC0) == 0x80) continue;  // a UTF-8 continuation byte: same character
    if (++chars == kLimit + 1) crossed = line;
    if (ch == '\n') ++line;
  }
  if (chars <= kLimit) return std::nullopt;
  return Finding{static_cast<int>(crossed), "oversize",
                 "the report is " + std::to_string(chars) + " characters; a Bugzilla comment takes at most 65,535 (req §4.2): "
                 "put the Appendix lists in a file (`cair report --appendix FILE`) and attach it"};
}

std::vector<Finding> CheckReport(const std::string& markdown, const CheckOptions& options) {
  Checker c(markdown, options);
  auto findings = c.Run();
  if (auto f = CheckCommentSize(markdown)) findings.push_back(*f);
  // Issue 12 item 5: the delay's obligations, in their own file.
  if (c.Kind() == "delayed-revocation")
    for (auto& f : CheckDelayObligations(markdown)) findings.push_back(std::move(f));
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) { return a.line < b.line; });
  return findings;
}

}  // namespace cair::report
