#include "report/report_data.h"

#include <algorithm>

#include "incident/rules.h"

namespace cair::report {

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

}  // namespace cair::report
