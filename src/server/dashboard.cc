#include "server/dashboard.h"

#include <algorithm>
#include <map>
#include <sstream>

#include "incident/rules.h"
#include "server/http_status.h"

namespace cair::server {

using incident::FormatRfc3339;


std::string Relative(int64_t now, int64_t t) {
  int64_t d = t - now;
  const bool future = d >= 0;
  if (!future) d = -d;
  std::string text;
  if (d < 60) text = std::to_string(d) + " s";
  else if (d < 3600) text = std::to_string(d / 60) + " min";
  else if (d < 86400 * 2) text = std::to_string(d / 3600) + " h " + std::to_string(d % 3600 / 60) + " min";
  else text = std::to_string(d / 86400) + " d " + std::to_string(d % 86400 / 3600) + " h";
  return future ? "in " + text : text + " ago";
}

namespace {

using E = std::string;  // an already-escaped HTML fragment

E Esc(std::string_view s) { return HtmlEscape(s); }

constexpr const char* kStyle = R"css(
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1b1f24;background:#fafbfc}
header{display:flex;gap:1.5em;align-items:center;padding:.6em 1.5em;background:#24292f;color:#fff}
header a{color:#fff;text-decoration:none;font-weight:600}
header .now{margin-left:auto;font-size:.85em;opacity:.8}
main{padding:1em 1.5em;max-width:80em}
table{border-collapse:collapse;margin:.5em 0 1.5em;width:100%}
th,td{border-bottom:1px solid #d0d7de;padding:.35em .6em;text-align:left;vertical-align:top}
th{background:#f0f3f6}
.state{font-weight:700;padding:.1em .45em;border-radius:.3em;white-space:nowrap}
tr.clock.ok td{background:#e8f5e9} .state.ok{color:#1a7f37}
tr.clock.due-soon td{background:#fff8e1} .state.due-soon{color:#9a6700}
tr.clock.overdue td{background:#ffebe9} .state.overdue{color:#cf222e}
.bar{background:#d0d7de;height:.8em;width:12em;display:inline-block;vertical-align:middle}
.bar span{background:#1a7f37;height:100%;display:block}
.chart td.n{width:5em;text-align:right}.chart .col{background:#0969da;height:.8em;display:inline-block}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dt{font-weight:600}
.muted{color:#57606a}.active{color:#cf222e;font-weight:700}
)css";

E Page(const std::string& title, const E& body, int64_t now) {
  std::ostringstream o;
  o << "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
       "<meta name=\"viewport\" content=\"width=device-width\"><meta http-equiv=\"refresh\" content=\"60\">"
    << "<title>" << Esc(title) << " - cair</title><style>" << kStyle << "</style></head><body>"
    << "<header><a href=\"/\">Incidents</a><a href=\"/gate\">Gate</a><a href=\"/revocation\">Revocation</a>"
       "<a href=\"/metrics\">Metrics</a>"
    << "<span class=\"now\">now " << Esc(FormatRfc3339(now)) << "</span></header><main>" << body
    << "</main></body></html>\n";
  return o.str();
}

E Time(std::optional<int64_t> t) { return t ? Esc(FormatRfc3339(*t)) : E("<span class=\"muted\">-</span>"); }

// One row per clock; state as a CSS class on the row and as text.
E ClockRows(const std::vector<incident::Clock>& clocks, int64_t now, bool with_incident,
            const std::map<int64_t, std::string>& titles) {
  std::ostringstream o;
  for (const auto& c : clocks) {
    o << "<tr class=\"clock " << Esc(c.state) << "\" data-state=\"" << Esc(c.state) << "\">";
    if (with_incident && !c.incident && c.problem_report) {
      o << "<td><a href=\"#problem-reports\">problem report " << c.problem_report << "</a></td>";
    } else if (with_incident) {
      auto it = titles.find(c.incident);
      o << "<td><a class=\"incident-link\" href=\"/incidents/" << c.incident << "\">#" << c.incident
        << (it != titles.end() ? " " + Esc(it->second) : "") << "</a></td>";
    }
    o << "<td>" << Esc(c.clock) << "</td><td>" << Esc(FormatRfc3339(c.due)) << "<br><span class=\"muted\">"
      << Esc(Relative(now, c.due)) << "</span></td><td><span class=\"state " << Esc(c.state) << "\">" << Esc(c.state)
      << "</span></td><td>" << Esc(c.detail) << "</td></tr>";
  }
  return o.str();
}

E ClockTable(const std::vector<incident::Clock>& clocks, int64_t now, bool with_incident,
             const std::map<int64_t, std::string>& titles) {
  if (clocks.empty()) return "<p class=\"muted\">No running clock.</p>";
  std::ostringstream o;
  o << "<table id=\"clocks\"><thead><tr>" << (with_incident ? "<th>Incident</th>" : "")
    << "<th>Clock</th><th>Due</th><th>State</th><th>What</th></tr></thead><tbody>"
    << ClockRows(clocks, now, with_incident, titles) << "</tbody></table>";
  return o.str();
}

std::string HaltTarget(const incident::Halt& h) {
  std::string t = h.issuer_subject;
  if (!h.issuer_ski.empty()) t += (t.empty() ? "SKI " : " (SKI ") + h.issuer_ski + (t.empty() ? "" : ")");
  return t;
}

E HaltTable(const std::vector<incident::Halt>& halts, bool with_incident) {
  if (halts.empty()) return "<p class=\"muted\">No halt.</p>";
  std::ostringstream o;
  o << "<table id=\"halts\"><thead><tr><th>Halt</th>" << (with_incident ? "<th>Incident</th>" : "")
    << "<th>Issuing CA</th><th>Profile</th><th>Reason</th><th>Halted</th><th>State</th></tr></thead><tbody>";
  for (const auto& h : halts) {
    o << "<tr><td>" << h.id << "</td>";
    if (with_incident) o << "<td><a href=\"/incidents/" << h.incident_id << "\">#" << h.incident_id << "</a></td>";
    o << "<td>" << Esc(HaltTarget(h)) << "</td><td>" << (h.profile.empty() ? E("all") : Esc(h.profile)) << "</td><td>"
      << Esc(h.reason) << "</td><td>" << Time(h.halted_at) << "</td><td>";
    if (h.resumed_at) o << "resumed " << Time(h.resumed_at) << "<br><span class=\"muted\">" << Esc(h.resume_evidence) << "</span>";
    else o << "<span class=\"active\">ACTIVE</span>";
    o << "</td></tr>";
  }
  o << "</tbody></table>";
  return o.str();
}

// Problem reports still unanswered, and late ones (BR 4.9.5): a late one
// without an incident is a reportable failure nobody has opened yet.
E ProblemReportTable(const std::vector<incident::ProblemReport>& reports, int64_t now) {
  std::ostringstream o;
  size_t shown = 0;
  o << "<table id=\"problem-report-table\"><thead><tr><th>Report</th><th>Received</th><th>Reporter</th><th>Due</th>"
       "<th>State</th><th>Incident</th></tr></thead><tbody>";
  for (const auto& r : reports) {
    const bool late = incident::ProblemReportLate(r.received_at, r.responded_at, now);
    if (r.responded_at && (!late || r.incident_id)) continue;
    ++shown;
    const std::string state = incident::ProblemReportState(r.received_at, r.responded_at, now);
    const std::string row_state = state == "answered-late" ? "overdue" : state;
    const int64_t due = incident::ProblemReportResponseDue(r.received_at);
    o << "<tr class=\"clock " << Esc(row_state) << "\" data-state=\"" << Esc(state) << "\"><td>" << r.id << "<br><span class=\"muted\">"
      << r.certs.size() << " certificate(s)</span></td><td>" << Time(r.received_at) << "</td><td>" << Esc(r.reporter) << "</td><td>"
      << Time(due) << "<br><span class=\"muted\">" << Esc(Relative(now, due)) << "</span></td><td><span class=\"state "
      << Esc(row_state) << "\">" << Esc(state) << "</span>" << (late ? " <strong>reportable failure (BR 4.9.5)</strong>" : "")
      << "</td><td>";
    if (r.incident_id) o << "<a href=\"/incidents/" << *r.incident_id << "\">#" << *r.incident_id << "</a>";
    else if (late) o << "none yet: <code>cair problem-report open-incident " << r.id << "</code>";
    else o << "<span class=\"muted\">-</span>";
    o << "</td></tr>";
  }
  o << "</tbody></table>";
  if (!shown) return "<p class=\"muted\">No open problem report.</p>";
  return o.str();
}

}  // namespace

std::string RenderPage(const std::string& title, const std::string& body, int64_t now) { return Page(title, body, now); }

std::optional<std::string> RenderIndex(incident::Store& store, int64_t now, Failure* failure) {
  auto incidents = store.ListIncidents(true);
  auto due = store.Due(now);
  auto halts = store.Halts(std::nullopt, true);
  if (!incidents.ok() || !due.ok() || !halts.ok()) {
    *failure = FailureFor(!incidents.ok() ? incidents.status() : !due.ok() ? due.status() : halts.status(), "store: ");
    return std::nullopt;
  }
  std::map<int64_t, std::string> titles;
  for (const auto& in : *incidents) titles[in.id] = in.title;
  std::ostringstream o;
  o << "<h1>Open incidents</h1>";
  if (incidents->empty()) {
    o << "<p class=\"muted\">No open incident.</p>";
  } else {
    o << "<table id=\"incidents\"><thead><tr><th>Incident</th><th>Kind</th><th>Aware</th><th>Clocks</th></tr></thead><tbody>";
    for (const auto& in : *incidents) {
      std::map<std::string, int> states;
      for (const auto& c : *due)
        if (c.incident == in.id) ++states[c.state];
      std::string worst = states.count("overdue") ? "overdue" : states.count("due-soon") ? "due-soon" : "ok";
      o << "<tr class=\"clock " << worst << "\"><td><a class=\"incident-link\" href=\"/incidents/" << in.id << "\">#" << in.id
        << " " << Esc(in.title) << "</a></td><td>" << Esc(in.kind) << "</td><td>" << Time(in.aware_at) << "</td><td>";
      if (states.empty()) o << "<span class=\"muted\">none running</span>";
      for (const char* s : {"overdue", "due-soon", "ok"})
        if (states.count(s)) o << "<span class=\"state " << s << "\">" << states[s] << " " << s << "</span> ";
      o << "</td></tr>";
    }
    o << "</tbody></table>";
  }
  o << "<h2>Clocks, soonest first</h2>" << ClockTable(*due, now, true, titles);
  o << "<h2>Active issuance halts</h2>" << HaltTable(*halts, true);
  o << RenderRecurrences(store);
  auto reports = store.ProblemReports(false);
  if (!reports.ok()) {
    *failure = FailureFor(reports.status(), "store: ");
    return std::nullopt;
  }
  o << "<h2 id=\"problem-reports\">Open problem reports</h2>" << ProblemReportTable(*reports, now);
  return Page("Open incidents", o.str(), now);
}

std::optional<std::string> RenderIncident(incident::Store& store, int64_t id, int64_t now, Failure* failure) {
  auto in = store.GetIncident(id);
  if (!in.ok()) {
    *failure = FailureFor(in.status());
    return std::nullopt;
  }
  const incident::Incident& i = *in;
  auto timeline = store.Timeline(id);
  auto problems = store.Problems(id);
  auto halts = store.Halts(id, false);
  auto items = store.ActionItems(id);
  auto due = store.Due(now);
  if (!timeline.ok() || !problems.ok() || !halts.ok() || !items.ok() || !due.ok()) {
    const base::Status& s = !timeline.ok() ? timeline.status() : !problems.ok() ? problems.status() : !halts.ok() ? halts.status()
                            : !items.ok() ? items.status() : due.status();
    *failure = FailureFor(s, "store error reading incident " + std::to_string(id) + ": ");
    return std::nullopt;
  }
  // Issuance per month and problem (the chart), in one pass.
  std::map<int64_t, std::map<std::string, int64_t>> months;
  auto each = store.ForEachCertificate(id, [&](const incident::CertificateState& c) {
    ++months[c.problem_id][FormatRfc3339(c.cert.not_before).substr(0, 7)];
    return true;
  });
  if (!each.ok()) {
    *failure = FailureFor(each.status(), "store: ");
    return std::nullopt;
  }
  std::ostringstream o;
  o << "<h1>Incident #" << i.id << ": " << Esc(i.title) << "</h1><dl>"
    << "<dt>Status</dt><dd>" << Esc(i.status) << "</dd><dt>Kind</dt><dd>" << Esc(i.kind) << "</dd>"
    << "<dt>Source</dt><dd>" << Esc(i.source) << (i.reporter.empty() ? "" : " (" + Esc(i.reporter) + ")") << "</dd>"
    << "<dt>CA owner</dt><dd>" << Esc(i.ca_owner) << (i.ccadb_id.empty() ? "" : " (CCADB " + Esc(i.ccadb_id) + ")") << "</dd>"
    << "<dt>Aware</dt><dd>" << Time(i.aware_at) << "</dd><dt>Problem report</dt><dd>" << Time(i.problem_report_at) << "</dd>"
    << "<dt>Bug</dt><dd>" << (i.bug ? std::to_string(*i.bug) : E("-")) << "</dd>";
  if (i.parent_id) o << "<dt>Parent</dt><dd><a href=\"/incidents/" << *i.parent_id << "\">#" << *i.parent_id << "</a></dd>";
  o << RenderLinks(store, id) << "</dl>";

  std::vector<incident::Clock> mine;
  for (const auto& c : *due)
    if (c.incident == id) mine.push_back(c);
  o << "<h2>Clocks</h2>" << ClockTable(mine, now, false, {});

  o << "<h2>Problems</h2>";
  if (problems->empty()) o << "<p class=\"muted\">No problem recorded.</p>";
  else {
    o << "<table id=\"problems\"><thead><tr><th>Problem</th><th>Lint</th><th>BR 4.9.1.1 reason</th><th>Certificates</th>"
         "<th>Revoked</th><th>Wrong reasonCode</th></tr></thead><tbody>";
    for (const auto& p : *problems) {
      auto pr = store.Progress(p.id);
      incident::RevocationProgress g = pr.ok() ? *pr : incident::RevocationProgress{};
      int pct = g.certificates ? static_cast<int>(100 * g.revoked / g.certificates) : 0;
      o << "<tr><td>" << Esc(p.name) << (p.ca ? " <span class=\"muted\">(CA certificates)</span>" : "") << "</td><td>"
        << Esc(p.lint) << "</td><td>" << p.br_reason << "</td><td class=\"count\">" << g.certificates << "</td><td>"
        << g.revoked << " / " << g.certificates << " (" << pct << "%) <span class=\"bar\" title=\"" << pct
        << "% revoked\"><span style=\"width:" << pct << "%\"></span></span></td><td>" << g.wrong_reason << "</td></tr>";
    }
    o << "</tbody></table>";
    o << "<h2>Issuance of affected certificates by month</h2>";
    for (const auto& p : *problems) {
      const auto& m = months[p.id];
      if (m.empty()) continue;
      int64_t max = 1;
      for (const auto& [month, n] : m) max = std::max(max, n);
      o << "<h3>" << Esc(p.name) << "</h3><table class=\"chart\"><tbody>";
      for (const auto& [month, n] : m)
        o << "<tr><td>" << Esc(month) << "</td><td class=\"n\">" << n << "</td><td><span class=\"col\" style=\"width:"
          << std::max<int64_t>(1, 30 * n / max) << "em\"></span></td></tr>";
      o << "</tbody></table>";
    }
  }

  o << "<h2>Issuance halts</h2>" << HaltTable(*halts, false);

  o << "<h2>Action items</h2>";
  if (items->empty()) o << "<p class=\"muted\">No action item.</p>";
  else {
    o << "<table id=\"action-items\"><thead><tr><th>Item</th><th>Action</th><th>Kind</th><th>Root cause</th>"
         "<th>Evaluation criteria</th><th>Due</th><th>Status</th></tr></thead><tbody>";
    for (const auto& a : *items)
      o << "<tr><td>" << a.id << "</td><td>" << Esc(a.action) << "</td><td>" << Esc(a.kind) << "</td><td>"
        << Esc(a.root_cause) << "</td><td>" << Esc(a.criteria) << "</td><td>" << Esc(FormatRfc3339(a.due_at).substr(0, 10))
        << "</td><td>" << Esc(a.status) << "</td></tr>";
    o << "</tbody></table>";
  }

  o << "<h2 id=\"timeline-heading\">Timeline (UTC)</h2><table id=\"timeline\"><thead><tr><th>When</th><th>Source</th>"
       "<th>What</th></tr></thead><tbody>";
  for (const auto& t : *timeline)
    o << "<tr><td>" << Time(t.at) << "</td><td>" << Esc(t.source) << "</td><td>" << Esc(t.text) << "</td></tr>";
  o << "</tbody></table>";
  return Page("Incident #" + std::to_string(i.id) + ": " + i.title, o.str(), now);
}

std::string RenderGate(const GateView& v, int64_t now) {
  std::ostringstream o;
  o << "<h1>Pre-issuance gate</h1><p>" << v.lint_count << " certificate lints run on every request";
  if (!v.ignored.empty()) {
    o << "; errors of these never deny: ";
    for (size_t k = 0; k < v.ignored.size(); ++k) o << (k ? ", " : "") << "<code>" << Esc(v.ignored[k]) << "</code>";
  }
  o << ".</p><p>Since start: <strong id=\"allowed\">" << v.metrics->allowed() << "</strong> allowed, <strong id=\"denied\">"
    << v.metrics->denied() << "</strong> denied.</p>";
  o << "<h2>Denies by issuer and lint</h2>";
  auto denies = v.metrics->Denies();
  if (denies.empty()) o << "<p class=\"muted\">No deny yet.</p>";
  else {
    o << "<table id=\"denies\"><thead><tr><th>Issuer</th><th>Lint (or halt)</th><th>Denies</th></tr></thead><tbody>";
    for (const auto& d : denies)
      o << "<tr><td>" << Esc(d.issuer) << "</td><td>" << Esc(d.lint) << "</td><td class=\"count\">" << d.count << "</td></tr>";
    o << "</tbody></table>";
  }
  auto by_issuer = v.metrics->DeniesByIssuer();
  if (!by_issuer.empty()) {
    o << "<h2>Denied requests by issuer</h2><table id=\"denies-by-issuer\"><thead><tr><th>Issuer</th><th>Denied requests</th>"
         "</tr></thead><tbody>";
    for (const auto& [issuer, n] : by_issuer) o << "<tr><td>" << Esc(issuer) << "</td><td class=\"count\">" << n << "</td></tr>";
    o << "</tbody></table>";
  }
  o << "<h2>Active issuance halts</h2>" << HaltTable(v.active_halts, true);
  return Page("Pre-issuance gate", o.str(), now);
}

}  // namespace cair::server
