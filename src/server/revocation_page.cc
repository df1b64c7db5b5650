#include "server/revocation_page.h"

#include <httplib.h>

#include <cstdio>
#include <map>
#include <set>
#include <sstream>

#include "incident/rules.h"
#include "server/dashboard.h"
#include "server/http_status.h"
#include "server/metrics.h"

namespace cair::server {
namespace {

using incident::FormatRfc3339;
using incident::MonitorEndpoint;
using incident::MonitorFindingCount;

using E = std::string;  // an already-escaped HTML fragment

E Esc(std::string_view s) { return HtmlEscape(s); }

constexpr const char* kHealthStyle =
    "<style>tr.health.ok td{background:#e8f5e9}tr.health.degraded td,tr.health.stale td{background:#fff8e1}"
    "tr.health.failing td{background:#ffebe9}.state.degraded,.state.stale{color:#9a6700}.state.failing{color:#cf222e}"
    "td.detail{font-size:.85em;color:#57606a;max-width:40em;overflow-wrap:anywhere}</style>";

E When(std::optional<int64_t> t, int64_t now) {
  if (!t) return "<span class=\"muted\">never</span>";
  return Esc(FormatRfc3339(*t)) + "<br><span class=\"muted\">" + Esc(Relative(now, *t)) + "</span>";
}

std::string Seconds(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f s", s);
  return buf;
}

int Rank(const std::string& state) { return state == "failing" ? 3 : state == "stale" ? 2 : state == "degraded" ? 1 : 0; }

// Every issuer the monitor observed or found something about.
std::set<std::string> Issuers(const std::vector<MonitorEndpoint>& endpoints, const std::vector<MonitorFindingCount>& counts) {
  std::set<std::string> out;
  for (const auto& e : endpoints) out.insert(e.latest.issuer);
  for (const auto& c : counts) out.insert(c.issuer);
  return out;
}

bool Read(incident::Store& store, std::vector<MonitorEndpoint>* endpoints, std::vector<MonitorFindingCount>* counts,
          Failure* failure) {
  auto e = store.MonitorEndpoints();
  auto c = store.MonitorFindingCounts();
  if (!e.ok() || !c.ok()) {
    *failure = FailureFor(!e.ok() ? e.status() : c.status(), "store: ");
    return false;
  }
  *endpoints = std::move(*e);
  *counts = std::move(*c);
  return true;
}

E StateCell(const std::string& state) { return "<td><span class=\"state " + state + "\">" + state + "</span></td>"; }

E CrlTable(const std::vector<const MonitorEndpoint*>& crls, int64_t now) {
  if (crls.empty()) return "<p class=\"muted\">No CRL URL watched.</p>";
  std::ostringstream o;
  o << "<table id=\"crl-urls\"><thead><tr><th>CRL URL</th><th>State</th><th>Last download</th><th>Last success</th>"
       "<th>CRL number</th><th>thisUpdate (age)</th><th>nextUpdate</th><th>Latest result</th></tr></thead><tbody>";
  for (const MonitorEndpoint* e : crls) {
    const std::string state = EndpointState(*e, now);
    const auto& ok = e->last_success;
    o << "<tr class=\"health " << state << "\" data-url=\"" << Esc(e->latest.url) << "\"><td>" << Esc(e->latest.url) << "</td>"
      << StateCell(state) << "<td>" << When(e->latest.observed_at, now) << "</td><td>"
      << When(ok ? std::optional<int64_t>(ok->observed_at) : std::nullopt, now) << "</td><td>"
      << (ok && !ok->crl_number.empty() ? Esc(ok->crl_number) : E("-")) << "</td><td>"
      << When(ok ? ok->crl_this_update : std::nullopt, now) << "</td><td>" << When(ok ? ok->crl_next_update : std::nullopt, now)
      << "</td><td class=\"detail\">" << Esc(e->latest.detail) << "</td></tr>";
  }
  o << "</tbody></table>";
  return o.str();
}

E OcspTable(const std::vector<const MonitorEndpoint*>& responders, int64_t now) {
  if (responders.empty()) return "<p class=\"muted\">No OCSP responder watched.</p>";
  std::ostringstream o;
  o << "<table id=\"responders\"><thead><tr><th>Responder</th><th>State</th><th>Last round</th><th>Last success</th>"
       "<th>Requests</th><th>Unanswered</th><th>Latency (mean / max)</th><th>Latest result</th></tr></thead><tbody>";
  for (const MonitorEndpoint* e : responders) {
    const std::string state = EndpointState(*e, now);
    const auto& l = e->latest;
    o << "<tr class=\"health " << state << "\" data-url=\"" << Esc(l.url) << "\"><td>" << Esc(l.url) << "</td>"
      << StateCell(state) << "<td>" << When(l.observed_at, now) << "</td><td>"
      << When(e->last_success ? std::optional<int64_t>(e->last_success->observed_at) : std::nullopt, now) << "</td><td>"
      << l.requests << "</td><td>" << l.failures << "</td><td>"
      << Esc(Seconds(l.requests ? l.seconds_total / l.requests : 0)) << " / " << Esc(Seconds(l.seconds_max))
      << "</td><td class=\"detail\">" << Esc(l.detail) << "</td></tr>";
  }
  o << "</tbody></table>";
  return o.str();
}

E FindingTable(const std::vector<const MonitorFindingCount*>& counts, int64_t now) {
  if (counts.empty()) return "<p class=\"muted\">No finding.</p>";
  std::ostringstream o;
  o << "<table id=\"findings\"><thead><tr><th>Kind</th><th>Severity</th><th>Findings</th><th>Not in an incident</th>"
       "<th>First seen</th><th>Last seen</th></tr></thead><tbody>";
  for (const MonitorFindingCount* c : counts)
    o << "<tr data-kind=\"" << Esc(c->kind) << "\"><td>" << Esc(c->kind) << "</td><td>" << Esc(c->severity)
      << "</td><td class=\"count\">" << c->count << "</td><td>" << c->unattached << "</td><td>" << When(c->first_seen, now)
      << "</td><td>" << When(c->last_seen, now) << "</td></tr>";
  o << "</tbody></table>";
  return o.str();
}

std::string Label(const std::string& name, const std::string& value) { return name + "=\"" + PromEscape(value) + "\""; }

}  // namespace

std::string EndpointState(const MonitorEndpoint& e, int64_t now) {
  const auto& l = e.latest;
  if (l.requests > 0 && l.failures >= l.requests) return "failing";
  if (l.kind == "crl" && e.last_success && e.last_success->crl_next_update && *e.last_success->crl_next_update < now)
    return "stale";
  if (l.failures > 0) return "degraded";
  return "ok";
}

std::optional<std::string> RenderRevocationIndex(incident::Store& store, int64_t now, Failure* failure) {
  std::vector<MonitorEndpoint> endpoints;
  std::vector<MonitorFindingCount> counts;
  if (!Read(store, &endpoints, &counts, failure)) return std::nullopt;
  std::ostringstream o;
  o << kHealthStyle << "<h1>Revocation health</h1>";
  const auto issuers = Issuers(endpoints, counts);
  if (issuers.empty()) {
    o << "<p class=\"muted\">Nothing observed yet: run <code>cair monitor run --config monitor.toml</code> on this "
         "store.</p>";
    return RenderPage("Revocation health", o.str(), now);
  }
  o << "<table id=\"issuers\"><thead><tr><th>Issuer</th><th>State</th><th>CRL URLs</th><th>Responders</th>"
       "<th>Findings</th></tr></thead><tbody>";
  for (const auto& issuer : issuers) {
    std::string worst = "ok";
    int crls = 0, crls_ok = 0, responders = 0, responders_ok = 0;
    for (const auto& e : endpoints) {
      if (e.latest.issuer != issuer) continue;
      const std::string state = EndpointState(e, now);
      if (Rank(state) > Rank(worst)) worst = state;
      (e.latest.kind == "crl" ? crls : responders)++;
      if (state == "ok") (e.latest.kind == "crl" ? crls_ok : responders_ok)++;
    }
    int64_t findings = 0;
    for (const auto& c : counts)
      if (c.issuer == issuer) findings += c.count;
    o << "<tr class=\"health " << worst << "\"><td><a class=\"issuer-link\" href=\"/revocation?issuer="
      << Esc(httplib::detail::encode_query_param(issuer)) << "\">" << Esc(issuer) << "</a></td>" << StateCell(worst) << "<td>"
      << crls_ok << " / " << crls << " ok</td><td>" << responders_ok << " / " << responders << " ok</td><td class=\"count\">"
      << findings << "</td></tr>";
  }
  o << "</tbody></table>";
  return RenderPage("Revocation health", o.str(), now);
}

std::optional<std::string> RenderRevocationIssuer(incident::Store& store, const std::string& issuer, int64_t now,
                                                  Failure* failure) {
  std::vector<MonitorEndpoint> endpoints;
  std::vector<MonitorFindingCount> counts;
  if (!Read(store, &endpoints, &counts, failure)) return std::nullopt;
  if (!Issuers(endpoints, counts).count(issuer)) {
    *failure = {404, "the monitor has observed no issuer \"" + issuer + "\""};
    return std::nullopt;
  }
  std::vector<const MonitorEndpoint*> crls, responders;
  for (const auto& e : endpoints)
    if (e.latest.issuer == issuer) (e.latest.kind == "crl" ? crls : responders).push_back(&e);
  std::vector<const MonitorFindingCount*> mine;
  for (const auto& c : counts)
    if (c.issuer == issuer) mine.push_back(&c);
  std::ostringstream o;
  o << kHealthStyle << "<p><a href=\"/revocation\">All issuers</a></p><h1>Revocation health: " << Esc(issuer) << "</h1>"
    << "<h2>CRLs</h2>" << CrlTable(crls, now) << "<h2>OCSP responders</h2>" << OcspTable(responders, now)
    << "<h2>Findings by kind</h2>" << FindingTable(mine, now)
    << "<p class=\"muted\">Attach findings to an incident with <code>cair monitor open-incident</code>.</p>";
  return RenderPage("Revocation health: " + issuer, o.str(), now);
}

std::string RevocationMetrics(incident::Store& store, int64_t now) {
  auto endpoints = store.MonitorEndpoints();
  auto counts = store.MonitorFindingCounts();
  if (!endpoints.ok() || !counts.ok()) return "";
  std::ostringstream o;
  auto head = [&](const char* name, const char* help) {
    o << "# HELP " << name << " " << help << "\n# TYPE " << name << " gauge\n";
  };
  head("cair_monitor_up", "1 when the latest CRL download or OCSP round of this URL got a usable answer.");
  for (const auto& e : *endpoints)
    o << "cair_monitor_up{" << Label("kind", e.latest.kind) << "," << Label("issuer", e.latest.issuer) << ","
      << Label("url", e.latest.url) << "} " << (EndpointState(e, now) == "failing" ? 0 : 1) << "\n";
  head("cair_monitor_last_success_timestamp_seconds", "When this CRL URL or responder last gave a usable answer (Unix time).");
  for (const auto& e : *endpoints)
    if (e.last_success)
      o << "cair_monitor_last_success_timestamp_seconds{" << Label("kind", e.latest.kind) << ","
        << Label("issuer", e.latest.issuer) << "," << Label("url", e.latest.url) << "} " << e.last_success->observed_at << "\n";
  head("cair_monitor_crl_age_seconds", "Seconds since the thisUpdate of the latest CRL read from this URL.");
  for (const auto& e : *endpoints)
    if (e.latest.kind == "crl" && e.last_success && e.last_success->crl_this_update)
      o << "cair_monitor_crl_age_seconds{" << Label("issuer", e.latest.issuer) << "," << Label("url", e.latest.url) << "} "
        << now - *e.last_success->crl_this_update << "\n";
  head("cair_monitor_crl_next_update_timestamp_seconds", "The nextUpdate of the latest CRL read from this URL (Unix time).");
  for (const auto& e : *endpoints)
    if (e.latest.kind == "crl" && e.last_success && e.last_success->crl_next_update)
      o << "cair_monitor_crl_next_update_timestamp_seconds{" << Label("issuer", e.latest.issuer) << ","
        << Label("url", e.latest.url) << "} " << *e.last_success->crl_next_update << "\n";
  head("cair_monitor_ocsp_latency_seconds", "Mean OCSP response time of the responder's latest round.");
  for (const auto& e : *endpoints)
    if (e.latest.kind == "ocsp" && e.latest.requests > 0)
      o << "cair_monitor_ocsp_latency_seconds{" << Label("issuer", e.latest.issuer) << "," << Label("url", e.latest.url)
        << "} " << e.latest.seconds_total / e.latest.requests << "\n";
  head("cair_monitor_ocsp_latency_max_seconds", "Slowest OCSP response of the responder's latest round.");
  for (const auto& e : *endpoints)
    if (e.latest.kind == "ocsp" && e.latest.requests > 0)
      o << "cair_monitor_ocsp_latency_max_seconds{" << Label("issuer", e.latest.issuer) << "," << Label("url", e.latest.url)
        << "} " << e.latest.seconds_max << "\n";
  head("cair_monitor_findings", "Monitor findings recorded in the store, by issuer, kind and worst severity.");
  for (const auto& c : *counts)
    o << "cair_monitor_findings{" << Label("issuer", c.issuer) << "," << Label("kind", c.kind) << ","
      << Label("severity", c.severity) << "} " << c.count << "\n";
  return o.str();
}

}  // namespace cair::server
