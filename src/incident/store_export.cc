// Store methods that move a whole incident in and out: Export to an
// IncidentBundle (cair incident export) and Import from one.
#include "incident/sqlite_util.h"
#include "incident/store.h"

namespace cair::incident {

using namespace internal;

StatusOr<IncidentBundle> Store::Export(int64_t incident, bool with_certificates) {
  IncidentBundle b;
  auto in = GetIncident(incident);
  CAIR_RETURN_IF_ERROR(in);
  b.incident = *in;
  b.timeline = *Timeline(incident);
  auto problems = Problems(incident);  // kept alive: the loop reads into it
  for (const Problem& p : *problems) b.problems.push_back({p, {}});
  for (auto& pc : b.problems) {
    if (!with_certificates) break;
    auto each = ForEachScopeCertificate({pc.problem.id, std::nullopt, false}, [&](const CertificateState& c) {
      pc.certificates.push_back(c);
      return true;
    });
    CAIR_RETURN_IF_ERROR(each);
  }
  b.halts = *Halts(incident, false);
  b.action_items = *ActionItems(incident);
  b.questions = *Questions(incident);
  b.updates = *Updates(incident);
  b.narrative = *Narrative(incident);
  b.delay_plan = *DelayPlans(incident);
  return b;
}

StatusOr<int64_t> Store::Import(const IncidentBundle& b) {
  return ImportStreaming([&](const ImportSink& sink, IncidentBundle* rest, std::string* error) {
    if (!sink.incident(b.incident, error)) return false;
    for (const auto& pc : b.problems) {
      if (!sink.problem(pc.problem, error)) return false;
      for (const CertificateState& c : pc.certificates)
        if (!sink.certificate(c, error)) return false;
      if (!sink.problem_end(pc.problem, error)) return false;
    }
    rest->timeline = b.timeline;
    rest->halts = b.halts;
    rest->action_items = b.action_items;
    rest->questions = b.questions;
    rest->updates = b.updates;
    rest->narrative = b.narrative;
    rest->delay_plan = b.delay_plan;
    return true;
  });
}

}  // namespace cair::incident
