#include "report/report.h"

#include <algorithm>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>
#include <unordered_map>

#include "base/files.h"
#include "base/strings.h"
#include "incident/rules.h"
#include "lint/registry.h"
#include "report/chart.h"
#include "report/mustache.h"

#ifndef CAIR_TEMPLATES_DIR
#define CAIR_TEMPLATES_DIR "templates"
#endif

namespace cair::report {
namespace {

using incident::FormatRfc3339;
using nlohmann::json;

constexpr const char* kNA = "N/A";

// "2026-01-05 10:00 UTC": req §4.7 Timeline, UTC to the minute.
std::string Minute(int64_t t) {
  std::string s = FormatRfc3339(t);
  return s.substr(0, 10) + " " + s.substr(11, 5) + " UTC";
}
std::string Day(int64_t t) { return FormatRfc3339(t).substr(0, 10); }
// Req §7: ISO-8601 UTC, YYYY-MM-DDTHH:MM:SSZ.
std::string Iso(int64_t t) { return FormatRfc3339(t).substr(0, 19) + "Z"; }

std::string TrimText(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

// Text for a "- **Label:** value" Markdown field: continuation lines are
// indented so they stay inside the list item; empty becomes N/A (req §4.5).
std::string Field(const std::string& text, bool html) {
  std::string t = TrimText(text);
  if (t.empty()) return kNA;
  if (html) return t;
  std::string out;
  for (char c : t) {
    out += c;
    if (c == '\n') out += "   ";
  }
  return out;
}

// A Markdown table cell: no pipe, no line break.
std::string Cell(const std::string& text, bool html) {
  std::string t = TrimText(text);
  if (t.empty()) return kNA;
  if (html) return t;
  std::string out;
  for (char c : t) {
    if (c == '|') out += "\\|";
    else if (c == '\n') out += "<br>";
    else if (c != '\r') out += c;
  }
  return out;
}

std::string SourceText(const std::string& s) {
  // Req §4.7: exactly one of these three values.
  if (s == "third-party") return "Third Party Reported";
  if (s == "audit") return "Audit";
  return "Self Reported";
}

std::string Plural(int64_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

struct Narrative {
  std::map<std::string, std::string> f;
  std::string Get(const std::string& k) const {
    auto it = f.find(k);
    return it == f.end() ? "" : TrimText(it->second);
  }
};

// Root Cause Analysis (req §4.7): the `root-cause-analysis` narrative holds
// one block per contributing factor, as "Key: value" lines:
//   Factor: title
//   Description: ... / Timeline: ... / Detection: ... / Interaction: ... / Methodology: ...
// A text without a "Factor:" line is one factor whose Description it is.
struct Factor {
  std::string title, description, timeline, detection, interaction, methodology;
};

std::vector<Factor> ParseFactors(const std::string& text) {
  std::vector<Factor> out;
  if (TrimText(text).empty()) return out;
  std::stringstream ss(text);
  std::string line;
  std::string* last = nullptr;
  bool structured = false;
  while (std::getline(ss, line)) {
    std::string key, value;
    size_t colon = line.find(':');
    if (colon != std::string::npos && colon < 20) {
      key = TrimText(line.substr(0, colon));
      std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return std::tolower(c); });
      value = TrimText(line.substr(colon + 1));
    }
    if (key == "factor" || key == "title") {
      structured = true;
      out.push_back({});
      out.back().title = value;
      last = &out.back().title;
      continue;
    }
    if (structured) {
      Factor& f = out.back();
      std::string* slot = key == "description" ? &f.description : key == "timeline" ? &f.timeline
                          : key == "detection" ? &f.detection : key == "interaction" ? &f.interaction
                          : key == "methodology" ? &f.methodology : nullptr;
      if (slot) {
        *slot = value;
        last = slot;
      } else if (last) {
        *last += (last->empty() ? "" : "\n") + TrimText(line);
      }
    }
  }
  if (!structured) out.push_back({"Root cause", TrimText(text), "", "", "", ""});
  for (auto& f : out) {
    f.title = TrimText(f.title);
    f.description = TrimText(f.description);
  }
  return out;
}

// A problem the report covers. Its certificates stay in the store (issue
// 18): counted by aggregate queries, listed row by row from `scope`.
struct ProblemData {
  incident::Problem problem;
  incident::Store::CertificateScope scope;
  incident::Store::ScopeStats stats;
  int64_t objects() const { return stats.certificates + stats.precertificates; }
  size_t rows = 0;            // Appendix rows (a precertificate and its certificate share one)
  uint64_t inline_bytes = 0;  // length of its inline list (LF line ends)
};

struct Loaded {
  incident::IncidentBundle bundle;  // the reported incident
  std::vector<ProblemData> problems;  // for a delayed-revocation report: the parent's, late certificates only
  incident::Store::ScopeTotals totals;  // distinct objects across the problems
  std::vector<incident::DelayPlan> plans;
  std::optional<incident::DelayCounts> delay;
  std::optional<int64_t> parent_id;
  int64_t clock_start = 0;
  std::vector<incident::MonitorProblem> monitor;  // `cair monitor` findings attached (kind crl-ocsp)
  std::vector<std::pair<incident::IncidentLink, incident::Incident>> linked;  // recurrence, split, audit statement
};

// Streams the Appendix rows of `p` to `fn` in the store's (notBefore,
// SHA-256) order. A precertificate and its certificate share their TBS, so
// their notBefore: the store hands each (notBefore, TBS key) group over
// together, and pairing within the group gives the rows a whole-problem
// pairing would, with memory bounded by the group (two objects).
base::StatusOr<bool> StreamRows(incident::Store& store, const ProblemData& p, const std::map<std::string, incident::DelayPlan>& plans,
                                  const ReportOptions& o, int64_t clock_start, const std::function<void(const AppendixRow&)>& fn) {
  std::vector<AppendixRow> rows;  // the current group
  std::unordered_map<uint64_t, size_t> by_tbs;
  std::optional<std::pair<int64_t, uint64_t>> group;
  auto flush = [&] {
    for (const auto& r : rows) fn(r);
    rows.clear();
    by_tbs.clear();
  };
  const auto deadline = incident::ComputeRevocationDeadline({p.problem.br_reason}, p.problem.ca, clock_start, 0, INT64_MAX).hard;
  auto each = store.ForEachScopeCertificate(p.scope, [&](const incident::CertificateState& c) {
    const std::pair<int64_t, uint64_t> key{c.cert.not_before, c.cert.tbs_key};
    if (c.cert.tbs_key == 0 || group != key) flush();
    group = key;
    size_t idx;
    auto it = c.cert.tbs_key ? by_tbs.find(c.cert.tbs_key) : by_tbs.end();
    bool fresh = it == by_tbs.end() ||
                 (c.cert.precertificate ? !rows[it->second].precert_sha256.empty() : !rows[it->second].cert_sha256.empty());
    if (fresh) {
      idx = rows.size();
      rows.push_back({});
      if (c.cert.tbs_key) by_tbs[c.cert.tbs_key] = idx;
    } else {
      idx = it->second;
    }
    AppendixRow& r = rows[idx];
    (c.cert.precertificate ? r.precert_sha256 : r.cert_sha256) = c.cert.sha256_hex;
    // A final certificate's data wins over its precertificate's.
    if (!fresh && c.cert.precertificate) return true;
    r.issuer = c.cert.issuer;
    r.not_before = c.cert.not_before;
    r.not_after = c.cert.not_after;
    r.serial_hex = c.cert.serial_hex;
    r.subject = c.cert.subject;  // as stored by `cair problem add`; --certs may refine it
    r.dns_names = c.cert.dns_names;
    if (auto d = o.details.find(c.cert.sha256_hex); d != o.details.end()) {
      r.subject = d->second.subject;
      r.dns_names.clear();
      for (const auto& n : d->second.dns_names) r.dns_names += (r.dns_names.empty() ? "" : " ") + n;  // req §7: one separator, a space
    }
    // Req §4.7 column 9-11: Yes / Planned / Delayed / N/A (expired).
    if (c.revoked_at && *c.revoked_at <= o.now) {
      r.is_revoked = "Yes";
      r.revocation_date = Iso(*c.revoked_at);
      r.revocation_reason = c.crl_reason ? incident::CrlReasonName(static_cast<incident::CrlReason>(*c.crl_reason)) : "unspecified";
    } else if (c.cert.not_after < o.now) {
      r.is_revoked = r.revocation_date = r.revocation_reason = kNA;
    } else if (!p.problem.ca && incident::IsShortLived(c.cert.not_before, c.cert.not_after)) {
      r.is_revoked = r.revocation_date = r.revocation_reason = kNA;  // req §1.1: exempt, expires on its own
    } else {
      const char* reason = incident::CrlReasonName(incident::RequiredCrlReason(p.problem.br_reason));
      r.revocation_reason = std::string(reason) == "unspecified" ? "unspecified" : reason;
      if (auto pl = plans.find(c.cert.sha256_hex); pl != plans.end()) {
        r.is_revoked = "Delayed";
        r.revocation_date = Iso(pl->second.planned_at);
      } else if (deadline < o.now) {
        r.is_revoked = "Delayed";
        r.revocation_date = kNA;
      } else {
        r.is_revoked = "Planned";
        r.revocation_date = Iso(deadline);
      }
    }
    return true;
  }, true);
  if (!each.ok()) return each;
  flush();
  return true;
}

// One CSV row (RFC 4180 quoting) with `eol` line end.
void CsvRow(std::ostream& out, const AppendixRow& r, const char* eol) {
  const std::string f[] = {r.precert_sha256, r.cert_sha256, r.subject, r.issuer, Iso(r.not_before), Iso(r.not_after),
                           r.serial_hex, r.dns_names, r.is_revoked, r.revocation_date, r.revocation_reason};
  for (size_t i = 0; i < 11; ++i) out << (i ? "," : "") << base::CsvField(f[i]);
  out << eol;
}

void CsvHeader(std::ostream& out, const char* eol) {
  for (size_t i = 0; i < AppendixColumns().size(); ++i) out << (i ? "," : "") << base::CsvField(AppendixColumns()[i]);
  out << eol;
}

void CrtShRow(std::ostream& out, const AppendixRow& r) {
  if (!r.precert_sha256.empty()) out << "https://crt.sh/?sha256=" << r.precert_sha256 << "\n";
  if (!r.cert_sha256.empty()) out << "https://crt.sh/?sha256=" << r.cert_sha256 << "\n";
}

base::StatusOr<Loaded> Load(incident::Store& store, int64_t id, const ReportOptions& o) {
  auto in = store.GetIncident(id);
  CAIR_RETURN_IF_ERROR(in);
  int64_t report_id = id;
  if (o.kind == ReportKind::kDelayedRevocation && in->kind != "revocation-delay") {
    // Given the parent incident: report its delayed-revocation incident.
    auto all = store.ListIncidents(false);
    CAIR_RETURN_IF_ERROR(all);
    std::optional<int64_t> child;
    for (const auto& i : *all)
      if (i.parent_id && *i.parent_id == id && i.kind == "revocation-delay") child = i.id;
    if (!child)
      return base::InvalidArgumentError("incident " + std::to_string(id) + " has no delayed-revocation incident (open one with `cair delayed open " +
                     std::to_string(id) + "`)");
    report_id = *child;
  }
  auto b = store.Export(report_id, false);
  CAIR_RETURN_IF_ERROR(b);
  Loaded l;
  l.bundle = std::move(*b);
  const auto& inc = l.bundle.incident;
  if (inc.kind == "revocation-delay" && inc.parent_id) {
    l.parent_id = inc.parent_id;
    auto parent = store.Export(*inc.parent_id, false);
    CAIR_RETURN_IF_ERROR(parent);
    l.clock_start = incident::RevocationClockStart(parent->incident);
    // The parent's certificates late at `now` (Store::LateRevocations' rule):
    // past the problem's hard deadline unrevoked, or revoked after it.
    for (auto& pc : parent->problems) {
      const int64_t deadline =
          incident::ComputeRevocationDeadline({pc.problem.br_reason}, pc.problem.ca, l.clock_start, 0, INT64_MAX).hard;
      if (deadline < o.now) l.problems.push_back({pc.problem, {pc.problem.id, deadline, pc.problem.ca}, {}});
    }
    auto counts = store.CountDelay(report_id, o.now);
    CAIR_RETURN_IF_ERROR(counts);
    l.delay = *counts;
    l.plans = l.bundle.delay_plan;
  } else {
    if (o.kind == ReportKind::kDelayedRevocation) return base::InvalidArgumentError("incident " + std::to_string(report_id) + " has no parent incident");
    l.clock_start = incident::RevocationClockStart(inc);
    for (auto& pc : l.bundle.problems) l.problems.push_back({pc.problem, {pc.problem.id, std::nullopt, pc.problem.ca}, {}});
    // The plans of this incident's delayed-revocation incident, if any.
    auto all = store.ListIncidents(false);
    if (all.ok())
      for (const auto& i : *all)
        if (i.parent_id && *i.parent_id == inc.id && i.kind == "revocation-delay")
          if (auto p = store.DelayPlans(i.id); p.ok()) l.plans.insert(l.plans.end(), p->begin(), p->end());
  }
  std::vector<incident::Store::CertificateScope> scopes;
  for (const auto& p : l.problems) scopes.push_back(p.scope);
  auto totals = store.CertificateStatistics(scopes, o.now);
  CAIR_RETURN_IF_ERROR(totals);
  l.totals = std::move(*totals);
  for (size_t i = 0; i < l.problems.size(); ++i) l.problems[i].stats = l.totals.per_scope[i];
  auto monitor = store.MonitorProblems(inc.id);
  CAIR_RETURN_IF_ERROR(monitor);
  l.monitor = std::move(*monitor);
  if (auto links = store.Links(inc.id); links.ok())
    for (const auto& link : *links)
      if (auto other = store.GetIncident(link.related_id); other.ok()) l.linked.emplace_back(link, *other);
  if (l.parent_id)  // a delayed-revocation report lists the problems with late certificates only
    l.problems.erase(std::remove_if(l.problems.begin(), l.problems.end(), [](const ProblemData& p) { return p.objects() == 0; }),
                     l.problems.end());
  return std::move(l);
}

std::string PolicyOfLint(const std::string& lint) {
  if (lint.empty()) return "";
  const auto* reg = lint::Registry::Global().Find(lint);
  if (!reg) return "";
  return std::string(reg->metadata->citation) + " (lint " + lint + ")";
}

std::string AppendixPath(const std::string& base, size_t index, size_t count, bool crtsh) {
  std::string ext = crtsh ? ".txt" : ".csv";
  std::string stem = base;
  if (auto dot = base.find_last_of('.'); dot != std::string::npos && base.find('/', dot) == std::string::npos) {
    ext = base.substr(dot);
    stem = base.substr(0, dot);
  }
  if (count == 1) return stem + ext;
  return stem + "-" + std::to_string(index) + ext;
}

}  // namespace

std::optional<ReportKind> ParseReportKind(const std::string& name) {
  if (name == "preliminary") return ReportKind::kPreliminary;
  if (name == "full") return ReportKind::kFull;
  if (name == "closure") return ReportKind::kClosure;
  if (name == "delayed-revocation") return ReportKind::kDelayedRevocation;
  if (name == "mozilla7") return ReportKind::kMozilla7;
  return std::nullopt;
}

const char* ReportKindName(ReportKind k) {
  switch (k) {
    case ReportKind::kPreliminary: return "preliminary";
    case ReportKind::kFull: return "full";
    case ReportKind::kClosure: return "closure";
    case ReportKind::kDelayedRevocation: return "delayed-revocation";
    case ReportKind::kMozilla7: return "mozilla7";
  }
  return "full";
}

const std::vector<std::string>& AppendixColumns() {
  // Req §4.7 Appendix, columns 1-11 in the IRG order.
  static const std::vector<std::string> k = {"Precertificate SHA-256 hash", "Certificate SHA-256 hash", "Subject", "Issuer",
                                             "Not before", "Not after", "Serial #", "dNSNames", "Is revoked?",
                                             "Revocation date", "Revocation reason"};
  return k;
}

std::string AppendixCsv(const std::vector<AppendixRow>& rows) {
  // RFC 4180: CRLF line ends, quoted fields where needed (req §7).
  std::ostringstream out;
  CsvHeader(out, "\r\n");
  for (const auto& r : rows) CsvRow(out, r, "\r\n");
  return out.str();
}

const std::vector<std::string>& SmimeAppendixColumns() {
  static const std::vector<std::string> k = {"Serial #", "Precertificate SHA-256 hash", "Certificate SHA-256 hash"};
  return k;
}

static void SmimeCsvHeader(std::ostream& out, const char* eol) {
  for (size_t i = 0; i < SmimeAppendixColumns().size(); ++i) out << (i ? "," : "") << base::CsvField(SmimeAppendixColumns()[i]);
  out << eol;
}

static void SmimeCsvRow(std::ostream& out, const AppendixRow& r, const char* eol) {
  out << base::CsvField(r.serial_hex) << "," << r.precert_sha256 << "," << r.cert_sha256 << eol;
}

std::string SmimeAppendixCsv(const std::vector<AppendixRow>& rows) {
  std::ostringstream out;
  SmimeCsvHeader(out, "\r\n");
  for (const auto& r : rows) SmimeCsvRow(out, r, "\r\n");
  return out.str();
}

std::string CrtShList(const std::vector<AppendixRow>& rows) {
  std::ostringstream out;
  for (const auto& r : rows) CrtShRow(out, r);
  return out.str();
}

std::string DefaultTemplatesDir() { return CAIR_TEMPLATES_DIR; }

std::string BugzillaCommentJson(const std::string& markdown) {
  return nlohmann::ordered_json{{"comment", markdown}, {"is_markdown", true}}.dump();
}

namespace {

// Req §4.6 / §4.7 Related Incidents: the incidents cair itself linked to
// this one (a recurrence, a split, findings of one audit statement; IRG
// 4.3), after the rows the CA wrote.
void AddLinkedIncidents(const std::vector<std::pair<incident::IncidentLink, incident::Incident>>& linked, bool html,
                        json* related) {
  for (const auto& [l, o] : linked) {
    std::string how;
    if (l.kind == "recurrence")
      how = l.outgoing ? "This incident is a recurrence of that one, found after it was closed (CCADB IRG 4.3)"
                       : "That incident is a recurrence of this one, found after this one was closed (CCADB IRG 4.3)";
    else if (l.kind == "split")
      how = l.outgoing ? "This incident was split out of that one: a distinct root cause and/or remediation (CCADB IRG 4.3)"
                       : "Split out of this incident: a distinct root cause and/or remediation (CCADB IRG 4.3)";
    else
      how = "Another finding of the same audit statement";
    how += ": " + o.title;
    const std::string bug = o.bug ? std::to_string(*o.bug) : "cair incident " + std::to_string(o.id) + " (not yet filed)";
    related->push_back({{"bug", Cell(bug, html)},
                        {"url", o.bug ? "https://bugzilla.mozilla.org/show_bug.cgi?id=" + bug : ""},
                        {"date", incident::FormatRfc3339(o.created_at).substr(0, 10)}, {"description", Cell(how, html)}});
  }
}

std::string Duration(int64_t seconds) {
  if (seconds <= 0) return "none observed (a single observation)";
  int64_t d = seconds / 86400, h = seconds % 86400 / 3600, m = seconds % 3600 / 60;
  std::string out;
  if (d) out += std::to_string(d) + " d ";
  if (d || h) out += std::to_string(h) + " h ";
  return out + std::to_string(m) + " min";
}

std::string JoinOr(const std::vector<std::string>& v, const char* none) {
  std::string out;
  for (const auto& x : v) out += (out.empty() ? "" : ", ") + x;
  return out.empty() ? none : out;
}

json MonitorProblemsJson(const std::vector<incident::MonitorProblem>& problems, size_t first_index, bool html) {
  json out = json::array();
  size_t index = first_index;
  for (const auto& p : problems) {
    json rows = json::array();
    for (const auto& r : p.rows)
      rows.push_back({{"kind", r.kind}, {"severity", r.severity}, {"first_seen", Minute(r.first_seen)},
                      {"last_seen", Minute(r.last_seen)}, {"issuer", Cell(r.issuer, html)},
                      {"serial", r.serial.empty() ? kNA : r.serial}, {"crl_number", r.crl_number.empty() ? kNA : r.crl_number},
                      {"where", Cell(r.request.empty() ? r.url : r.request, html)}, {"detail", Cell(r.detail, html)},
                      {"rule", Cell(r.rule, html)}});
    out.push_back({{"index", ++index}, {"kind", p.kind}, {"severity", p.severity}, {"rule", Cell(p.rule, html)},
                   {"findings", p.findings}, {"affected", p.affected}, {"unit", p.affected_unit},
                   {"affected_text", std::to_string(p.affected) + " " +
                                         (p.affected == 1 ? p.affected_unit.substr(0, p.affected_unit.size() - 1) : p.affected_unit)},
                   {"observations", Plural(p.findings, "observation", "observations")},
                   {"first_seen", Minute(p.first_seen)}, {"last_seen", Minute(p.last_seen)},
                   {"outage", Duration(p.last_seen - p.first_seen)}, {"issuers", Cell(JoinOr(p.issuers, kNA), html)},
                   {"urls", Cell(JoinOr(p.urls, kNA), html)}, {"rows", rows}});
  }
  return out;
}

// Where the Appendix lists go: inline, each at its marker in the rendered
// text (streamed in by WriteLists), or to files named from `base`.
struct Placement {
  bool files = false;
  std::string base;
  bool oversize = false;  // diverted: inline they would not fit a Bugzilla comment
};

std::string Marker(size_t problem_index) { return "\x1e" "cair-appendix-" + std::to_string(problem_index) + "\x1e"; }

// An S/MIME problem's list is always the short CSV (serial and hashes).
bool CrtSh(const ProblemData& p) { return !p.problem.smime && p.rows >= kCrtShThreshold; }

base::StatusOr<json> Context(const Loaded& l, const ReportOptions& o, const Placement& placement) {
  const auto& inc = l.bundle.incident;
  const bool html = o.html;
  Narrative nar;
  for (const auto& [k, v] : l.bundle.narrative) nar.f[k] = v;

  json c;
  c["kind"] = ReportKindName(o.kind);
  c[std::string("is_") + (o.kind == ReportKind::kDelayedRevocation ? "delayed" : ReportKindName(o.kind))] = true;
  c["template_version"] = kTemplateVersion;
  c["generated_at"] = Minute(o.now);
  c["title"] = inc.title;
  c["bug"] = inc.bug ? json(*inc.bug) : json(nullptr);
  c["incident_id"] = inc.id;

  // ---- Summary (req §4.6, §4.7)
  c["ccadb_id"] = Field(inc.ccadb_id, html);
  c["description"] = Field(nar.Get("description"), html);
  std::vector<std::string> policies;
  if (!nar.Get("policies").empty()) policies.push_back(nar.Get("policies"));
  else
    for (const auto& p : l.problems)
      if (auto pol = PolicyOfLint(p.problem.lint); !pol.empty() && std::find(policies.begin(), policies.end(), pol) == policies.end())
        policies.push_back(pol);
  std::string pol_text;
  for (const auto& p : policies) pol_text += (pol_text.empty() ? "" : "; ") + p;
  c["policies"] = Field(pol_text, html);
  c["source"] = SourceText(inc.source);

  int64_t first_nb = INT64_MAX, last_nb = INT64_MIN;
  for (const auto& p : l.problems)
    if (p.objects() > 0) {
      first_nb = std::min(first_nb, *p.stats.first_not_before);
      last_nb = std::max(last_nb, *p.stats.last_not_before);
    }
  const bool any_cert = first_nb != INT64_MAX;
  std::string start = nar.Get("non-compliance-start");
  if (start.empty() && any_cert) start = Minute(first_nb) + " (notBefore of the first affected certificate)";
  c["nc_start"] = Field(start, html);
  const int64_t identified = inc.problem_report_at ? std::min(*inc.problem_report_at, inc.aware_at) : inc.aware_at;
  c["nc_identified"] = Field(Minute(identified) + (inc.problem_report_at && *inc.problem_report_at <= inc.aware_at
                                                        ? " (Certificate Problem Report received)" : " (the CA became aware)"), html);
  std::string end = nar.Get("non-compliance-end");
  if (end.empty()) {
    std::optional<int64_t> halted;
    for (const auto& h : l.bundle.halts) halted = std::min(halted.value_or(h.halted_at), h.halted_at);
    end = halted ? Minute(*halted) + " (issuance halted)" : "Not yet ended: no issuance halt is recorded";
  }
  c["nc_end"] = Field(end, html);

  // ---- Impact (req §4.7): final certificates and precertificates apart,
  // each counted once across problems; "remaining valid" at `now`.
  // Counted by aggregate queries (Store::CertificateStatistics).
  const int64_t certs = l.totals.certificates, precerts = l.totals.precertificates;
  const int64_t valid_certs = l.totals.valid_certificates, valid_precerts = l.totals.valid_precertificates;
  bool any_ca = false, any_ee = false;
  json problems = json::array();
  size_t pi = 0;
  for (const auto& p : l.problems) {
    ++pi;
    const int64_t nc = p.stats.certificates, np = p.stats.precertificates, revoked = p.stats.revoked, valid = p.stats.remaining_valid;
    (p.problem.ca ? any_ca : any_ee) = true;
    json pj;
    pj["index"] = pi;
    pj["id"] = p.problem.id;
    pj["name"] = Cell(p.problem.name, html);
    pj["heuristic"] = p.problem.lint.empty() ? "criterion: " + Cell(p.problem.criterion, html) : "lint " + p.problem.lint;
    pj["br_reason"] = p.problem.br_reason;
    pj["certificates"] = nc;
    pj["precertificates"] = np;
    pj["objects"] = nc + np;
    pj["revoked"] = revoked;
    pj["remaining_valid"] = valid;
    pj["counts"] = Plural(nc, "certificate", "certificates") + " and " + Plural(np, "precertificate", "precertificates");
    pj["first_issued"] = p.objects() == 0 ? kNA : Minute(*p.stats.first_not_before);
    pj["last_issued"] = p.objects() == 0 ? kNA : Minute(*p.stats.last_not_before);
    pj["basis"] = "notBefore";  // req §7: the store has no signing time; notBefore stands in, and the report says so
    problems.push_back(std::move(pj));
  }
  c["problems"] = problems;
  c["has_problems"] = !problems.empty();
  // Revocation-infrastructure problems (`cair monitor`, incident kind
  // crl-ocsp): no certificate list applies, so each carries the serials or
  // requests affected, the first and last observation, the outage and the
  // CRL URLs and responders involved (issue 11 item 5).
  json monitor_problems = MonitorProblemsJson(l.monitor, pi, html);
  c["monitor_problems"] = monitor_problems;
  c["has_monitor_problems"] = !monitor_problems.empty();
  c["total"] = std::to_string(certs) + (precerts == 0 ? "" : " (and " + Plural(precerts, "precertificate", "precertificates") +
                                                                     ", counted separately)");
  c["remaining_valid"] = std::to_string(valid_certs) +
                         (valid_precerts == 0 ? "" : " (and " + Plural(valid_precerts, "precertificate", "precertificates") + ")") +
                         " at " + Minute(o.now);
  std::string types = nar.Get("affected-types");
  if (types.empty() && (any_ca || any_ee)) {
    types = any_ee ? "TLS Subscriber certificates" : "";
    if (any_ca) types += std::string(types.empty() ? "" : " and ") + "Subordinate CA certificates";
    if (precerts > 0) types += " (with their precertificates)";
  }
  if (types.empty() && !monitor_problems.empty())
    types = "No certificate content is affected: the CA's revocation services (CRLs, OCSP responses) are";
  c["types"] = Field(types, html);
  std::string heuristic = nar.Get("heuristic");
  if (heuristic.empty() && !l.problems.empty()) {
    for (const auto& p : problems) {
      heuristic += (heuristic.empty() ? "" : "; ") + std::string("\"") + p["name"].get<std::string>() + "\": " +
                   p["heuristic"].get<std::string>();
      if (p["objects"].get<int64_t>() > 0)
        heuristic += ", notBefore from " + p["first_issued"].get<std::string>() + " to " + p["last_issued"].get<std::string>();
    }
    heuristic += ". The full corpus is listed in the Appendix.";
  }
  if (heuristic.empty() && !monitor_problems.empty())
    heuristic = "Observations of the CA's published CRLs and OCSP responders by cair monitor; each problem lists what it "
                "affected, when it was first and last observed and where; every observation is in the Appendix.";
  c["heuristic"] = Field(heuristic, html);
  // Req §4.7 "Was issuance stopped": from the halt records.
  std::string stopped;
  for (const auto& h : l.bundle.halts) {
    std::string who = !h.issuer_subject.empty() ? "issuer " + h.issuer_subject : "issuer SKI " + h.issuer_ski;
    if (!h.profile.empty()) who += ", profile " + h.profile;
    stopped += (stopped.empty() ? "Yes. " : " ") + std::string("Issuance was halted at ") + Minute(h.halted_at) + " for " + who + ": " +
               TrimText(h.reason) + ".";
    if (h.resumed_at) stopped += " Resumed at " + Minute(*h.resumed_at) + ": " + TrimText(h.resume_evidence) + ".";
  }
  if (stopped.empty()) stopped = "No. No issuance halt is recorded for this incident.";
  if (!nar.Get("issuance-stopped").empty()) stopped += " " + nar.Get("issuance-stopped");
  c["issuance_stopped"] = Field(stopped, html);
  c["analysis"] = Field(nar.Get("impact-analysis"), html);
  std::string additional = nar.Get("additional-considerations");
  if (precerts > 0) {
    additional += std::string(additional.empty() ? "" : "\n") + "Precertificates are counted apart from certificates: " +
                  Plural(precerts, "precertificate", "precertificates") + " and " + Plural(certs, "certificate", "certificates") +
                  "; a precertificate and its certificate share one Appendix row.";
  }
  c["additional"] = Field(additional, html);

  // ---- Delayed revocation (req §3.4, §4.4): the four counts, per-subscriber rationale.
  if (l.delay) {
    const auto& d = *l.delay;
    c["delay"] = {{"revoked", d.revoked}, {"unrevoked", d.unrevoked}, {"expired_planned", d.expired_planned},
                  {"eta", d.estimated_completion ? Minute(*d.estimated_completion)
                                                 : (d.unrevoked == 0 ? "Complete" : "Not yet known: no revocation date planned")},
                  {"without_plan", d.without_plan}};
  }
  json plans = json::array();
  std::vector<incident::DelayPlan> sorted_plans = l.plans;
  std::sort(sorted_plans.begin(), sorted_plans.end(), [](const auto& a, const auto& b) {
    return a.subscriber != b.subscriber ? a.subscriber < b.subscriber : a.sha256_hex < b.sha256_hex;
  });
  for (const auto& p : sorted_plans)
    plans.push_back({{"subscriber", Cell(p.subscriber, html)}, {"sha256", p.sha256_hex}, {"planned", Minute(p.planned_at)},
                     {"rationale", Cell(p.rationale, html)}});
  c["plans"] = plans;
  c["has_plans"] = !plans.empty();

  // ---- Timeline (req §4.7: UTC, to the minute)
  json timeline = json::array();
  std::vector<std::pair<int64_t, std::string>> events;
  for (const auto& t : l.bundle.timeline) events.emplace_back(t.at, t.text);
  if (l.delay) {
    // Req §4.7: expected and actual revocation completion, required with revocation-delay.
    if (l.delay->unrevoked > 0 && l.delay->estimated_completion)
      events.emplace_back(*l.delay->estimated_completion, "Expected completion of the delayed revocations (latest planned date)");
    if (l.delay->unrevoked == 0) {
      int64_t done = 0;
      for (const auto& p : l.problems) done = std::max(done, p.stats.last_revoked_at.value_or(0));
      if (done) events.emplace_back(done, "Revocation of the delayed certificates completed");
    }
  }
  std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [at, text] : events) timeline.push_back({{"at", Minute(at)}, {"text", Field(text, html)}});
  c["timeline"] = timeline;

  // ---- Related incidents: narrative lines "BUG | YYYY-MM-DD | how it relates".
  json related = json::array();
  {
    std::stringstream ss(nar.Get("related-incidents"));
    std::string line;
    while (std::getline(ss, line)) {
      if (TrimText(line).empty()) continue;
      std::vector<std::string> parts;
      size_t pos = 0, bar;
      while ((bar = line.find('|', pos)) != std::string::npos && parts.size() < 2) {
        parts.push_back(TrimText(line.substr(pos, bar - pos)));
        pos = bar + 1;
      }
      parts.push_back(TrimText(line.substr(pos)));
      while (parts.size() < 3) parts.push_back("");
      std::string bug = parts[0];
      bool numeric = !bug.empty() && bug.find_first_not_of("0123456789") == std::string::npos;
      related.push_back({{"bug", Cell(bug, html)},
                         {"url", numeric ? "https://bugzilla.mozilla.org/show_bug.cgi?id=" + bug : ""},
                         {"date", Cell(parts[1], html)}, {"description", Cell(parts[2], html)}});
    }
  }
  AddLinkedIncidents(l.linked, html, &related);
  c["related"] = related;

  // ---- Root Cause Analysis, Lessons Learned, Action Items (req §4.7)
  json factors = json::array();
  std::string root_causes;
  size_t fi = 0;
  for (const auto& f : ParseFactors(nar.Get("root-cause-analysis"))) {
    ++fi;
    factors.push_back({{"n", fi}, {"title", f.title.empty() ? std::string(kNA) : f.title}, {"description", Field(f.description, html)},
                       {"timeline", Field(f.timeline, html)}, {"detection", Field(f.detection, html)},
                       {"interaction", Field(f.interaction, html)}, {"methodology", Field(f.methodology, html)}});
    root_causes += (root_causes.empty() ? "" : "\n") + std::to_string(fi) + ". " + f.title + (f.description.empty() ? "" : ": " + f.description);
  }
  c["factors"] = factors;
  c["root_causes"] = Field(root_causes, html);
  c["lessons"] = {{"went_well", Field(nar.Get("lessons-went-well"), html)}, {"went_wrong", Field(nar.Get("lessons-went-wrong"), html)},
                  {"lucky", Field(nar.Get("lessons-lucky"), html)}, {"additional", Field(nar.Get("lessons-improve"), html)}};
  json actions = json::array();
  std::string completed;
  for (const auto& a : l.bundle.action_items) {
    actions.push_back({{"action", Cell(a.action, html)}, {"kind", a.kind}, {"root_cause", Cell(a.root_cause, html)},
                       {"criteria", Cell(a.criteria, html)}, {"due", Day(a.due_at)}, {"status", a.status}});
    if (a.status == "Complete") completed += (completed.empty() ? "" : "\n") + ("- " + TrimText(a.action) + " (" + a.kind + ")");
  }
  c["actions"] = actions;
  // ---- Closure summary (req §4.6)
  std::string remediation = nar.Get("remediation");
  if (remediation.empty() && !completed.empty()) remediation = "Completed action items:\n" + completed;
  c["remediation"] = Field(remediation, html);
  c["commitments"] = Field(nar.Get("commitments"), html);
  // ---- Mozilla topic 1: how the CA became aware.
  std::string aware = "The CA became aware at " + Minute(inc.aware_at) + " (" + SourceText(inc.source) + ")";
  if (!inc.reporter.empty()) aware += ", reported by " + inc.reporter;
  aware += ".";
  if (inc.problem_report_at) aware += " A Certificate Problem Report was received at " + Minute(*inc.problem_report_at) + ".";
  if (!nar.Get("description").empty()) aware += "\n\n" + nar.Get("description");
  c["awareness"] = aware;

  // ---- Appendix (req §4.7, §7): one list per problem, written row by row
  // after rendering (WriteLists); the context holds where each goes.
  json appendix = json::array();
  pi = 0;
  size_t with_certs = 0;
  for (const auto& p : l.problems) with_certs += p.objects() > 0;
  size_t file_index = 0;
  bool any_smime = false;
  for (const auto& p : l.problems) {
    ++pi;
    if (p.objects() == 0) continue;
    const bool crtsh = CrtSh(p);
    // Req §4.7 S/MIME: the problem is marked by `cair problem add` when any
    // of its certificates is one; its list withholds personal data.
    const bool smime = p.problem.smime;
    any_smime |= smime;
    json a;
    a["index"] = pi;
    a["name"] = Cell(p.problem.name, html);
    a["rows"] = p.rows;
    a["csv"] = !crtsh && !smime;
    a["crtsh"] = crtsh;
    a["smime"] = smime;
    if (placement.files) {
      a["file"] = AppendixPath(placement.base, ++file_index, with_certs, crtsh);
      a["oversize"] = placement.oversize;
      a["text"] = "";
    } else {
      a["text"] = Marker(pi);
    }
    appendix.push_back(std::move(a));
  }
  c["appendix"] = appendix;
  c["has_appendix"] = !appendix.empty();
  c["oversize"] = placement.oversize;
  c["comment_limit"] = "65,535";
  c["smime_privacy"] = any_smime;
  return std::move(c);
}

// An ostream that only counts: the length of an inline list before it is written.
class CountingBuf : public std::streambuf {
 public:
  uint64_t n = 0;
 protected:
  int_type overflow(int_type c) override {
    if (c != traits_type::eof()) ++n;
    return c;
  }
  std::streamsize xsputn(const char*, std::streamsize k) override {
    n += static_cast<uint64_t>(k);
    return k;
  }
};

// One problem's list: a CSV (CRLF in a file, LF inline) or the crt.sh lines;
// HTML-escaped inline in the HTML report.
base::StatusOr<bool> WriteList(incident::Store& store, const Loaded& l, const ProblemData& p,
                                 const std::map<std::string, incident::DelayPlan>& plans, const ReportOptions& o, bool inline_text,
                                 std::ostream& out) {
  const bool crtsh = CrtSh(p);
  const char* eol = inline_text ? "\n" : "\r\n";
  const bool escape = inline_text && o.html;
  std::ostringstream line;
  std::ostream& target = escape ? static_cast<std::ostream&>(line) : out;
  auto emit = [&] {
    if (!escape) return;
    out << HtmlEscape(line.str());
    line.str("");
  };
  const bool smime = p.problem.smime;
  if (!crtsh) {
    if (smime) SmimeCsvHeader(target, eol);
    else CsvHeader(target, eol);
    emit();
  }
  return StreamRows(store, p, plans, o, l.clock_start, [&](const AppendixRow& r) {
    if (crtsh) CrtShRow(target, r);
    else if (smime) SmimeCsvRow(target, r, eol);
    else CsvRow(target, r, eol);
    emit();
  });
}

// Pass 1 over each problem's rows: how many, and how long its inline list is.
base::StatusOr<bool> MeasureLists(incident::Store& store, Loaded& l, const std::map<std::string, incident::DelayPlan>& plans,
                                    const ReportOptions& o) {
  for (auto& p : l.problems) {
    if (p.objects() == 0) continue;
    size_t rows = 0;
    auto n = StreamRows(store, p, plans, o, l.clock_start, [&](const AppendixRow&) { ++rows; });
    if (!n.ok()) return n;
    p.rows = rows;
    if (o.html) continue;  // the Bugzilla limit is the Markdown comment's
    if (CrtSh(p)) {  // one line of 88 characters per object: over the limit whatever the rest
      p.inline_bytes = static_cast<uint64_t>(p.objects()) * (sizeof "https://crt.sh/?sha256=" - 1 + 64 + 1);
      continue;
    }
    CountingBuf counter;
    std::ostream count(&counter);
    auto w = WriteList(store, l, p, plans, o, true, count);
    if (!w.ok()) return w;
    p.inline_bytes = counter.n;
  }
  return true;
}

std::map<std::string, incident::DelayPlan> PlansBySha(const Loaded& l) {
  std::map<std::string, incident::DelayPlan> by_sha;
  for (const auto& p : l.plans) by_sha[p.sha256_hex] = p;
  return by_sha;
}

std::string TemplatePath(const ReportOptions& o, std::string* dir, std::string* ext) {
  *dir = o.templates_dir.empty() ? DefaultTemplatesDir() : o.templates_dir;
  *ext = o.html ? ".html.mustache" : ".md.mustache";
  return *dir + "/" + (o.html ? "report" : ReportKindName(o.kind)) + *ext;
}

base::StatusOr<std::string> Render(const json& ctx, const ReportOptions& o) {
  std::string dir, ext;
  const std::string path = TemplatePath(o, &dir, &ext);
  auto tmpl = base::ReadFile(path);
  if (!tmpl.ok()) return base::InvalidArgumentError(path + ": cannot read the template");
  MustacheOptions mo;
  mo.html_escape = o.html;
  mo.partial = [&](const std::string& p) -> std::optional<std::string> {
    auto text = base::ReadFile(dir + "/" + p + ext);
    if (!text.ok()) return std::nullopt;
    return *std::move(text);
  };
  auto r = RenderMustache(*tmpl, ctx, mo);
  if (!r.ok()) return base::InvalidArgumentError(path + ": " + r.error);
  return std::move(r.text);
}

std::string DefaultAppendixBase(const ReportOptions& o, int64_t id) {
  return o.oversize_appendix_base.empty() ? "incident-" + std::to_string(id) + "-appendix" : o.oversize_appendix_base;
}

// The report: rendered with a marker where each inline list goes, then
// written piece by piece with the lists streamed in; files through `open`.
using OpenFn = std::function<std::ostream*(const std::string& path)>;

base::StatusOr<std::vector<std::string>> Write(incident::Store& store, int64_t incident_id, const ReportOptions& o,
                                                 std::ostream& out, const OpenFn& open) {
  auto loaded = Load(store, incident_id, o);
  CAIR_RETURN_IF_ERROR(loaded);
  Loaded& l = *loaded;
  const auto plans = PlansBySha(l);
  auto measured = MeasureLists(store, l, plans, o);
  CAIR_RETURN_IF_ERROR(measured);
  Placement placement{!o.appendix_path.empty(), o.appendix_path, false};
  auto ctx = Context(l, o, placement);
  CAIR_RETURN_IF_ERROR(ctx);
  if (o.html) (*ctx)["chart_svg"] = [&] {
    std::vector<ChartSeries> s;
    for (const auto& p : l.problems) {
      ChartSeries cs{p.problem.name, {}};
      // The chart is an illustration: a store failure leaves its series empty.
      store.ForEachScopeCertificate(p.scope, [&](const incident::CertificateState& x) {
        cs.not_before.push_back(x.cert.not_before);
        return true;
      }).IgnoreError();
      s.push_back(std::move(cs));
    }
    return IssuanceChartSvg(s);
  }();
  auto text = Render(*ctx, o);
  CAIR_RETURN_IF_ERROR(text);
  if (!o.html && !placement.files) {
    // Req §4.2: a report goes to Bugzilla as one comment, of at most
    // 65,535 characters. Lists that would not fit go to files instead.
    uint64_t total = text->size();
    bool any = false;
    for (size_t i = 0; i < l.problems.size(); ++i)
      if (l.problems[i].objects() > 0 && text->find(Marker(i + 1)) != std::string::npos) {
        total += l.problems[i].inline_bytes - Marker(i + 1).size();
        any = true;
      }
    if (any && total > kBugzillaCommentLimit) {
      placement = {true, DefaultAppendixBase(o, l.bundle.incident.id), true};
      ctx = Context(l, o, placement);
      CAIR_RETURN_IF_ERROR(ctx);
      text = Render(*ctx, o);
      CAIR_RETURN_IF_ERROR(text);
    }
  }
  std::vector<std::string> files;
  size_t pos = 0;
  const std::string& t = *text;
  for (size_t i = 0; i < l.problems.size(); ++i) {
    const ProblemData& p = l.problems[i];
    if (p.objects() == 0) continue;
    if (placement.files) continue;
    const std::string m = Marker(i + 1);
    size_t at = t.find(m, pos);
    if (at == std::string::npos) continue;  // a template that leaves the list out
    out.write(t.data() + pos, static_cast<std::streamsize>(at - pos));
    auto w = WriteList(store, l, p, plans, o, true, out);
    CAIR_RETURN_IF_ERROR(w);
    pos = at + m.size();
  }
  out.write(t.data() + pos, static_cast<std::streamsize>(t.size() - pos));
  if (placement.files)
    for (const auto& a : (*ctx)["appendix"]) {
      const std::string path = a["file"].get<std::string>();
      std::ostream* f = open(path);
      if (!f) return base::InvalidArgumentError(path + ": cannot write the appendix");
      auto w = WriteList(store, l, l.problems[a["index"].get<size_t>() - 1], plans, o, false, *f);
      CAIR_RETURN_IF_ERROR(w);
      f->flush();
      if (!*f) return base::InvalidArgumentError(path + ": cannot write the appendix");
      files.push_back(path);
    }
  if (!out) return base::InvalidArgumentError("cannot write the report");
  return std::move(files);
}

}  // namespace

base::StatusOr<nlohmann::json> BuildContext(incident::Store& store, int64_t incident_id, const ReportOptions& o) {
  auto loaded = Load(store, incident_id, o);
  CAIR_RETURN_IF_ERROR(loaded);
  auto measured = MeasureLists(store, *loaded, PlansBySha(*loaded), o);
  CAIR_RETURN_IF_ERROR(measured);
  auto ctx = Context(*loaded, o, {!o.appendix_path.empty(), o.appendix_path, false});
  if (ctx.ok())
    for (auto& a : (*ctx)["appendix"]) a["text"] = "";  // the lists are streamed by WriteReport
  return ctx;
}

base::StatusOr<std::vector<std::string>> WriteReport(incident::Store& store, int64_t incident_id, const ReportOptions& o,
                                                       std::ostream& out) {
  std::vector<std::unique_ptr<std::ofstream>> files;
  return Write(store, incident_id, o, out, [&](const std::string& path) -> std::ostream* {
    files.push_back(std::make_unique<std::ofstream>(path, std::ios::binary));
    return *files.back() ? files.back().get() : nullptr;
  });
}

base::StatusOr<Report> GenerateReport(incident::Store& store, int64_t incident_id, const ReportOptions& o) {
  std::ostringstream out;
  std::vector<std::unique_ptr<std::ostringstream>> texts;
  auto files = Write(store, incident_id, o, out, [&](const std::string&) -> std::ostream* {
    texts.push_back(std::make_unique<std::ostringstream>());
    return texts.back().get();
  });
  CAIR_RETURN_IF_ERROR(files);
  Report rep;
  rep.text = out.str();
  for (size_t i = 0; i < files->size(); ++i) rep.appendix_files.push_back({(*files)[i], texts[i]->str()});
  return std::move(rep);
}

}  // namespace cair::report
