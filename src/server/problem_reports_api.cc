#include "server/problem_reports_api.h"

#include "incident/rules.h"

namespace cair::server {

nlohmann::ordered_json ProblemReportJson(const incident::ProblemReport& r, int64_t now) {
  using incident::FormatRfc3339;
  using J = nlohmann::ordered_json;
  auto t = [](const std::optional<int64_t>& v) { return v ? J(FormatRfc3339(*v)) : J(nullptr); };
  return J{{"id", r.id},
           {"received_at", FormatRfc3339(r.received_at)},
           {"reporter", r.reporter},
           {"certificates", r.certs},
           {"text", r.text},
           {"due_at", FormatRfc3339(incident::ProblemReportResponseDue(r.received_at))},
           {"state", incident::ProblemReportState(r.received_at, r.responded_at, now)},
           {"responded_at", t(r.responded_at)},
           {"response", r.response},
           {"late", incident::ProblemReportLate(r.received_at, r.responded_at, now)},
           {"incident", r.incident_id ? J(*r.incident_id) : J(nullptr)}};
}

}  // namespace cair::server
