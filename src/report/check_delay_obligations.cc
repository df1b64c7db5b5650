// `cair report check` for delayed-revocation reports: the obligations the
// delay implies (MRSP 6.1.3, req §3.4; issue 12 item 5), kept apart from
// the checker's template rules (check.cc). A delayed-revocation report's
// Action Items name: notifying the other root programs the CA participates
// in, having the delay listed as a finding in the next audit statement, and
// the per-subscriber rationale (or the report carries that rationale in its
// "Per-subscriber rationale" table).
#include <algorithm>
#include <cctype>
#include <regex>
#include <sstream>

#include "base/strings.h"
#include "report/check.h"

namespace cair::report {
namespace {

struct Line {
  int no;
  std::string text;
};

bool Has(const std::string& t, std::initializer_list<const char*> any) {
  for (const char* a : any)
    if (t.find(a) != std::string::npos) return true;
  return false;
}

// The lines of the section under the first heading named `title` (any
// level), up to the next heading of the same or a higher level; the
// heading's own line number in *heading (0 when absent).
std::vector<Line> SectionLines(const std::vector<Line>& lines, const std::string& title, int* heading) {
  static const std::regex kHeading(R"(^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$)");
  std::vector<Line> out;
  *heading = 0;
  size_t level = 0;
  std::smatch m;
  for (const Line& l : lines) {
    const bool is_heading = std::regex_match(l.text, m, kHeading);
    if (*heading) {
      if (is_heading && m[1].length() <= static_cast<long>(level)) break;
      out.push_back(l);
    } else if (is_heading && base::Lower(m[2].str()) == base::Lower(title)) {
      *heading = l.no;
      level = static_cast<size_t>(m[1].length());
    }
  }
  return out;
}

// Table rows (not the header or separator) and list items of a section.
std::vector<std::string> Entries(const std::vector<Line>& section) {
  std::vector<std::string> out;
  bool header_seen = false;
  for (const Line& l : section) {
    std::string t = l.text;
    t.erase(0, t.find_first_not_of(" \t"));
    if (t.rfind("|", 0) == 0) {
      if (t.find_first_not_of("|-: \t") == std::string::npos) continue;  // separator
      if (!header_seen) {
        header_seen = true;
        continue;
      }
      out.push_back(base::Lower(t));
    } else if (t.rfind("- ", 0) == 0 || t.rfind("* ", 0) == 0) {
      out.push_back(base::Lower(t));
    }
  }
  return out;
}

bool OnlyNA(const std::string& row) {
  std::string rest = row;
  for (const char* drop : {"n/a", "|", " ", "-", "*"})
    for (size_t p; (p = rest.find(drop)) != std::string::npos;) rest.erase(p, std::string(drop).size());
  return rest.empty();
}

}  // namespace

std::vector<Finding> CheckDelayObligations(const std::string& markdown) {
  std::vector<Line> lines;
  {
    std::stringstream ss(markdown);
    std::string s;
    int no = 0;
    while (std::getline(ss, s)) {
      if (!s.empty() && s.back() == '\r') s.pop_back();
      lines.push_back({++no, s});
    }
  }
  int actions_at = 0, rationale_at = 0;
  const auto actions = Entries(SectionLines(lines, "Action Items", &actions_at));
  const auto rationale = Entries(SectionLines(lines, "Per-subscriber rationale", &rationale_at));
  auto any = [&](auto pred) { return std::any_of(actions.begin(), actions.end(), pred); };
  const bool notify = any([](const std::string& r) {
    return Has(r, {"notif", "inform", "disclos"}) &&
           Has(r, {"root program", "root store", "chrome", "apple", "microsoft", "oracle", "mozilla"});
  });
  const bool audit = any([](const std::string& r) { return Has(r, {"audit"}) && Has(r, {"finding", "statement", "auditor"}); });
  const bool rationale_item = any([](const std::string& r) { return Has(r, {"rationale"}); });
  const bool rationale_rows = std::any_of(rationale.begin(), rationale.end(), [](const std::string& r) { return !OnlyNA(r); });
  std::vector<Finding> out;
  const int at = actions_at ? actions_at : 1;
  if (!notify)
    out.push_back({at, "delay-obligation",
                   "no action item notifies the other root programs the CA participates in of the delayed revocation "
                   "(MRSP 6.1.3, req §3.4)"});
  if (!audit)
    out.push_back({at, "delay-obligation",
                   "no action item has the delay listed as a finding in the next audit statement: every delayed-revocation "
                   "incident MUST appear there (MRSP 6.1.3, req §3.4)"});
  if (!rationale_item && !rationale_rows)
    out.push_back({rationale_at ? rationale_at : at, "delay-obligation",
                   "neither a per-subscriber rationale nor an action item recording it: the delay must be explained per "
                   "subscriber with substantiated third-party harm (MRSP 6.1.3, req §3.4)"});
  return out;
}

}  // namespace cair::report
