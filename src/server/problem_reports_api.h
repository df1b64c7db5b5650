// File: server/problem_reports_api.h
// Certificate Problem Reports (BR 4.9.5; req §2.3) as JSON, one shape for
// `GET /v1/problem-reports` and `cair problem-report list --json`.
#ifndef CAIR_SERVER_PROBLEM_REPORTS_API_H_
#define CAIR_SERVER_PROBLEM_REPORTS_API_H_

#include <cstdint>

#include <nlohmann/json.hpp>

#include "incident/store.h"

namespace cair::server {

// {"id", "received_at", "reporter", "certificates", "text", "due_at",
//  "state" (answered, answered-late, ok, due-soon, overdue), "responded_at",
//  "response", "late" (a reportable failure, BR 4.9.5), "incident"}: times
// RFC 3339 UTC, null when absent.
nlohmann::ordered_json ProblemReportJson(const incident::ProblemReport& r, int64_t now);

}  // namespace cair::server

#endif  // CAIR_SERVER_PROBLEM_REPORTS_API_H_
