// The dashboard's view of issue 12's links between incidents: recurrences
// of closed incidents (CCADB IRG 4.3 item 3, req §4.3), split-out incidents
// and findings of one audit statement, and what the gate watches.
#include <set>
#include <sstream>

#include "incident/rules.h"
#include "server/dashboard.h"

namespace cair::server {
namespace {

std::string Link(int64_t id) { return "<a href=\"/incidents/" + std::to_string(id) + "\">#" + std::to_string(id) + "</a>"; }

std::string Kind(const std::string& kind, bool forward) {
  if (kind == "recurrence") return forward ? "recurrence of" : "recurred as";
  if (kind == "split") return forward ? "split from" : "split into";
  return "same audit statement as";
}

}  // namespace

std::string RenderRecurrences(incident::Store& store) {
  std::ostringstream o;
  o << "<h2>Recurrences</h2>";
  auto watch = store.RecurrenceWatch();
  auto all = store.ListIncidents(false);
  if (!watch.ok() || !all.ok()) return o.str() + "<p class=\"overdue\">cannot read the store</p>";
  std::set<int64_t> closed;
  size_t manual = 0;
  for (const auto& w : *watch) {
    closed.insert(w.incident_id);
    manual += w.lint.empty();
  }
  o << "<p id=\"recurrence-watch\">" << watch->size() - manual << " problem(s) of " << closed.size()
    << " closed incident(s) watched by the gate and <code>cair scan --recurrence</code>";
  if (manual) o << "; " << manual << " defined by a manual criterion only (not checked automatically)";
  o << ".</p>";
  std::ostringstream rows;
  for (const auto& in : *all) {
    auto links = store.Links(in.id);
    if (!links.ok()) continue;
    for (const auto& l : *links) {
      if (l.kind != "recurrence" || !l.outgoing) continue;  // each once, from the new incident
      auto other = store.GetIncident(l.related_id);
      if (!other.ok()) continue;
      rows << "<tr><td>" << Link(in.id) << " " << HtmlEscape(in.title) << "</td><td>" << HtmlEscape(in.status) << "</td><td>"
           << Link(l.related_id) << " " << HtmlEscape(other->title) << "</td><td>"
           << HtmlEscape(incident::FormatRfc3339(in.aware_at).substr(0, 16)) << "Z</td></tr>";
    }
  }
  if (rows.str().empty()) o << "<p class=\"muted\">No recurrence recorded.</p>";
  else
    o << "<table id=\"recurrences\"><thead><tr><th>Incident</th><th>Status</th><th>Recurs closed incident</th><th>Aware</th></tr>"
         "</thead><tbody>" << rows.str() << "</tbody></table>";
  return o.str();
}

std::string RenderLinks(incident::Store& store, int64_t id) {
  auto links = store.Links(id);
  if (!links.ok() || links->empty()) return "";
  std::ostringstream o;
  o << "<dt>Related incidents</dt><dd>";
  bool first = true;
  for (const auto& l : *links) {
    o << (first ? "" : "; ") << HtmlEscape(Kind(l.kind, l.outgoing)) << " " << Link(l.related_id);
    first = false;
  }
  return o.str() + "</dd>";
}

}  // namespace cair::server
