// The templates' context, one builder per report section (req §4.5-§4.7,
// §4.10); Context composes them.
#include "report/report_context.h"

#include <algorithm>
#include <map>
#include <sstream>

#include "incident/rules.h"
#include "lint/registry.h"
#include "report/format.h"

namespace cair::report {
namespace {

using nlohmann::json;

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

// ---- The sections. Each adds its members to the context `c`; req §4.5-§4.7
// name them, templates/README.md documents them.

// The report itself: kind, template version, when, which incident.
void AddHeader(const Loaded& l, const ReportOptions& o, json& c) {
  const auto& inc = l.bundle.incident;
  c["kind"] = ReportKindName(o.kind);
  c[std::string("is_") + (o.kind == ReportKind::kDelayedRevocation ? "delayed" : ReportKindName(o.kind))] = true;
  c["template_version"] = kTemplateVersion;
  c["generated_at"] = Minute(o.now);
  c["title"] = inc.title;
  c["bug"] = inc.bug ? json(*inc.bug) : json(nullptr);
  c["incident_id"] = inc.id;
}

// The policies not complied with: the narrative's, else each lint's citation.
std::string Policies(const Loaded& l, const Narrative& nar) {
  std::vector<std::string> policies;
  if (!nar.Get("policies").empty()) policies.push_back(nar.Get("policies"));
  else
    for (const auto& p : l.problems)
      if (auto pol = PolicyOfLint(p.problem.lint); !pol.empty() && std::find(policies.begin(), policies.end(), pol) == policies.end())
        policies.push_back(pol);
  std::string pol_text;
  for (const auto& p : policies) pol_text += (pol_text.empty() ? "" : "; ") + p;
  return pol_text;
}

// Summary (req §4.6, §4.7): what, which policies, and when the
// non-compliance started, was identified and ended.
void AddSummary(const Loaded& l, const Narrative& nar, bool html, json& c) {
  const auto& inc = l.bundle.incident;
  c["ccadb_id"] = Field(inc.ccadb_id, html);
  c["description"] = Field(nar.Get("description"), html);
  c["policies"] = Field(Policies(l, nar), html);
  c["source"] = SourceText(inc.source);
  std::optional<int64_t> first_nb;
  for (const auto& p : l.problems)
    if (p.objects() > 0) first_nb = std::min(first_nb.value_or(INT64_MAX), *p.stats.first_not_before);
  std::string start = nar.Get("non-compliance-start");
  if (start.empty() && first_nb) start = Minute(*first_nb) + " (notBefore of the first affected certificate)";
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
}

// One row per problem: its counts (final certificates and precertificates
// apart) and first and last issuance.
json ProblemRows(const Loaded& l, bool html) {
  json problems = json::array();
  size_t pi = 0;
  for (const auto& p : l.problems) {
    const int64_t nc = p.stats.certificates, np = p.stats.precertificates;
    json pj;
    pj["index"] = ++pi;
    pj["id"] = p.problem.id;
    pj["name"] = Cell(p.problem.name, html);
    pj["heuristic"] = p.problem.lint.empty() ? "criterion: " + Cell(p.problem.criterion, html) : "lint " + p.problem.lint;
    pj["br_reason"] = p.problem.br_reason;
    pj["certificates"] = nc;
    pj["precertificates"] = np;
    pj["objects"] = nc + np;
    pj["revoked"] = p.stats.revoked;
    pj["remaining_valid"] = p.stats.remaining_valid;
    pj["counts"] = Plural(nc, "certificate", "certificates") + " and " + Plural(np, "precertificate", "precertificates");
    pj["first_issued"] = p.objects() == 0 ? kNA : Minute(*p.stats.first_not_before);
    pj["last_issued"] = p.objects() == 0 ? kNA : Minute(*p.stats.last_not_before);
    pj["basis"] = "notBefore";  // req §7: the store has no signing time; notBefore stands in, and the report says so
    problems.push_back(std::move(pj));
  }
  return problems;
}

// The types of certificate affected: the narrative's, else from the problems.
std::string AffectedTypes(const Loaded& l, const Narrative& nar, bool any_monitor) {
  std::string types = nar.Get("affected-types");
  bool any_ca = false, any_ee = false;
  for (const auto& p : l.problems) (p.problem.ca ? any_ca : any_ee) = true;
  if (types.empty() && (any_ca || any_ee)) {
    types = any_ee ? "TLS Subscriber certificates" : "";
    if (any_ca) types += std::string(types.empty() ? "" : " and ") + "Subordinate CA certificates";
    if (l.totals.precertificates > 0) types += " (with their precertificates)";
  }
  if (types.empty() && any_monitor)
    types = "No certificate content is affected: the CA's revocation services (CRLs, OCSP responses) are";
  return types;
}

// How the affected certificates were found: the narrative's, else each
// problem's lint or criterion and notBefore range.
std::string Heuristic(const Loaded& l, const Narrative& nar, const json& problems, bool any_monitor) {
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
  if (heuristic.empty() && any_monitor)
    heuristic = "Observations of the CA's published CRLs and OCSP responders by cair monitor; each problem lists what it "
                "affected, when it was first and last observed and where; every observation is in the Appendix.";
  return heuristic;
}

// Req §4.7 "Was issuance stopped": from the halt records.
std::string IssuanceStopped(const Loaded& l, const Narrative& nar) {
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
  return stopped;
}

// Impact (req §4.7): final certificates and precertificates apart, each
// counted once across problems (Store::CertificateStatistics); "remaining
// valid" at `now`.
void AddImpact(const Loaded& l, const Narrative& nar, const ReportOptions& o, json& c) {
  const bool html = o.html;
  const int64_t certs = l.totals.certificates, precerts = l.totals.precertificates;
  const int64_t valid_certs = l.totals.valid_certificates, valid_precerts = l.totals.valid_precertificates;
  json problems = ProblemRows(l, html);
  c["problems"] = problems;
  c["has_problems"] = !problems.empty();
  // Revocation-infrastructure problems (`cair monitor`, incident kind
  // crl-ocsp): no certificate list applies, so each carries the serials or
  // requests affected, the first and last observation, the outage and the
  // CRL URLs and responders involved (issue 11 item 5).
  json monitor_problems = MonitorProblemsJson(l.monitor, l.problems.size(), html);
  const bool any_monitor = !monitor_problems.empty();
  c["monitor_problems"] = monitor_problems;
  c["has_monitor_problems"] = any_monitor;
  c["total"] = std::to_string(certs) + (precerts == 0 ? "" : " (and " + Plural(precerts, "precertificate", "precertificates") +
                                                                     ", counted separately)");
  c["remaining_valid"] = std::to_string(valid_certs) +
                         (valid_precerts == 0 ? "" : " (and " + Plural(valid_precerts, "precertificate", "precertificates") + ")") +
                         " at " + Minute(o.now);
  c["types"] = Field(AffectedTypes(l, nar, any_monitor), html);
  c["heuristic"] = Field(Heuristic(l, nar, problems, any_monitor), html);
  c["issuance_stopped"] = Field(IssuanceStopped(l, nar), html);
  c["analysis"] = Field(nar.Get("impact-analysis"), html);
  std::string additional = nar.Get("additional-considerations");
  if (precerts > 0) {
    additional += std::string(additional.empty() ? "" : "\n") + "Precertificates are counted apart from certificates: " +
                  Plural(precerts, "precertificate", "precertificates") + " and " + Plural(certs, "certificate", "certificates") +
                  "; a precertificate and its certificate share one Appendix row.";
  }
  c["additional"] = Field(additional, html);
}

// Delayed revocation (req §3.4, §4.4): the four counts, per-subscriber rationale.
void AddDelay(const Loaded& l, bool html, json& c) {
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
}

// Timeline (req §4.7: UTC, to the minute), with a delayed revocation's
// expected and actual completion.
void AddTimeline(const Loaded& l, bool html, json& c) {
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
  json timeline = json::array();
  for (const auto& [at, text] : events) timeline.push_back({{"at", Minute(at)}, {"text", Field(text, html)}});
  c["timeline"] = timeline;
}

// Related incidents: the narrative's lines "BUG | YYYY-MM-DD | how it
// relates", then the incidents cair linked.
void AddRelated(const Loaded& l, const Narrative& nar, bool html, json& c) {
  json related = json::array();
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
  AddLinkedIncidents(l.linked, html, &related);
  c["related"] = related;
}

// Root Cause Analysis and Lessons Learned (req §4.7).
void AddRootCauses(const Narrative& nar, bool html, json& c) {
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
}

// Action Items (req §4.7), and the closure summary's remediation and
// commitments (req §4.6).
void AddActions(const Loaded& l, const Narrative& nar, bool html, json& c) {
  json actions = json::array();
  std::string completed;
  for (const auto& a : l.bundle.action_items) {
    actions.push_back({{"action", Cell(a.action, html)}, {"kind", a.kind}, {"root_cause", Cell(a.root_cause, html)},
                       {"criteria", Cell(a.criteria, html)}, {"due", Day(a.due_at)}, {"status", a.status}});
    if (a.status == "Complete") completed += (completed.empty() ? "" : "\n") + ("- " + TrimText(a.action) + " (" + a.kind + ")");
  }
  c["actions"] = actions;
  std::string remediation = nar.Get("remediation");
  if (remediation.empty() && !completed.empty()) remediation = "Completed action items:\n" + completed;
  c["remediation"] = Field(remediation, html);
  c["commitments"] = Field(nar.Get("commitments"), html);
}

// Mozilla topic 1: how the CA became aware.
void AddAwareness(const Loaded& l, const Narrative& nar, json& c) {
  const auto& inc = l.bundle.incident;
  std::string aware = "The CA became aware at " + Minute(inc.aware_at) + " (" + SourceText(inc.source) + ")";
  if (!inc.reporter.empty()) aware += ", reported by " + inc.reporter;
  aware += ".";
  if (inc.problem_report_at) aware += " A Certificate Problem Report was received at " + Minute(*inc.problem_report_at) + ".";
  if (!nar.Get("description").empty()) aware += "\n\n" + nar.Get("description");
  c["awareness"] = aware;
}

// Appendix (req §4.7, §7): one list per problem with certificates, written
// row by row after rendering (report.cc); the context says where each goes.
void AddAppendix(const Loaded& l, bool html, const Placement& placement, json& c) {
  json appendix = json::array();
  size_t with_certs = 0;
  for (const auto& p : l.problems) with_certs += p.objects() > 0;
  size_t pi = 0, file_index = 0;
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
}

}  // namespace

json Context(const Loaded& l, const ReportOptions& o, const Placement& placement) {
  Narrative nar;
  for (const auto& [k, v] : l.bundle.narrative) nar.f[k] = v;
  json c;
  AddHeader(l, o, c);
  AddSummary(l, nar, o.html, c);
  AddImpact(l, nar, o, c);
  AddDelay(l, o.html, c);
  AddTimeline(l, o.html, c);
  AddRelated(l, nar, o.html, c);
  AddRootCauses(nar, o.html, c);
  AddActions(l, nar, o.html, c);
  AddAwareness(l, nar, c);
  AddAppendix(l, o.html, placement, c);
  return c;
}

}  // namespace cair::report
