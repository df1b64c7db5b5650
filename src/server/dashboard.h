// File: server/dashboard.h
// The compliance team's pages, rendered on the server as plain HTML (no
// script, no build step): open incidents with every clock coloured by state,
// one incident's timeline / problems / halts / revocation progress / action
// items, and the gate's deny counts. Every text from the store or a request
// is escaped with HtmlEscape.
#ifndef CAIR_SERVER_DASHBOARD_H_
#define CAIR_SERVER_DASHBOARD_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "incident/store.h"
#include "report/mustache.h"
#include "server/lint_api.h"
#include "server/metrics.h"

namespace cair::server {

// Escapes & < > " ' for element text and quoted attribute values.
using report::HtmlEscape;  // one escaper for reports and the dashboard

// "in 3 h 20 min" / "12 min ago" between `now` and `t`.
std::string Relative(int64_t now, int64_t t);

// A whole dashboard page (header with the navigation, style) around `body`,
// already-escaped HTML.
std::string RenderPage(const std::string& title, const std::string& body, int64_t now);

// GET /: open incidents with their clocks (Store::Due at `now`).
std::optional<std::string> RenderIndex(incident::Store& store, int64_t now, Failure* failure);
// GET /incidents/{id}: 404 for an unknown incident.
std::optional<std::string> RenderIncident(incident::Store& store, int64_t id, int64_t now, Failure* failure);

// Issue 12 (server/dashboard_links.cc): the index's "Recurrences" section
// (recurrence incidents and what the gate watches), and an incident page's
// "Related incidents" row (recurrence, split, audit statement).
std::string RenderRecurrences(incident::Store& store);
std::string RenderLinks(incident::Store& store, int64_t id);

struct GateView {
  const Metrics* metrics = nullptr;
  std::vector<incident::Halt> active_halts;
  size_t lint_count = 0;
  std::vector<std::string> ignored;
};
// GET /gate.
std::string RenderGate(const GateView& view, int64_t now);

}  // namespace cair::server

#endif  // CAIR_SERVER_DASHBOARD_H_
