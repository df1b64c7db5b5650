// File: report/report_data.h
// Internal to src/report: the incident as a report reads it from the store —
// the reported incident, its problems with their aggregate counts (the
// certificates stay in the store, issue 18), delay plans and counts, `cair
// monitor` findings and linked incidents.
#ifndef CAIR_REPORT_REPORT_DATA_H_
#define CAIR_REPORT_REPORT_DATA_H_

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "base/statusor.h"
#include "incident/store.h"
#include "report/report.h"

namespace cair::report {

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

// The incident `id` as `o.kind` reports it: for a delayed-revocation report,
// its delayed-revocation incident (given the parent or itself) with the
// parent's problems, late certificates only. Errors: an unknown incident, a
// delayed-revocation report without such an incident, a store failure.
base::StatusOr<Loaded> Load(incident::Store& store, int64_t id, const ReportOptions& o);

}  // namespace cair::report

#endif  // CAIR_REPORT_REPORT_DATA_H_
