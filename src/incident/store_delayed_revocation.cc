// Store methods for delayed revocation (req §3.4, MRSP 6.1.3): certificates
// past their revocation deadline, the separate delayed-revocation incident,
// its per-certificate plan and the counts every update carries.
#include <sqlite3.h>

#include <algorithm>

#include "incident/rules.h"
#include "incident/sqlite_util.h"
#include "incident/store.h"

namespace cair::incident {

using namespace internal;

int64_t RevocationClockStart(const Incident& in) {
  // Req §1.4: the clock starts at the earlier of awareness and receipt of a
  // Certificate Problem Report.
  return in.problem_report_at ? std::min(*in.problem_report_at, in.aware_at) : in.aware_at;
}

StatusOr<int64_t> Store::LateRevocations(int64_t incident, int64_t now,
                                       const std::function<void(const DelayedCertificate&)>& fn) {
  auto in = GetIncident(incident);
  CAIR_RETURN_IF_ERROR(in);
  auto problems = Problems(incident);
  CAIR_RETURN_IF_ERROR(problems);
  const int64_t start = RevocationClockStart(*in);
  int64_t n = 0;
  for (const Problem& p : *problems) {
    // Req §1.2-1.5: the hard deadline of the problem's reason; the
    // certificate is late when that passed before `now` and it was not
    // revoked (published) by then. Short-lived certificates are exempt
    // (req §1.1); one that expired by the deadline needs no revocation.
    const int64_t deadline = ComputeRevocationDeadline({p.br_reason}, p.ca, start, 0, INT64_MAX).hard;
    if (deadline >= now) continue;
    Stmt s(db_, "SELECT c.sha256, c.serial, c.issuer, c.not_before, c.not_after, r.revoked_at FROM certificate c "
                "INDEXED BY certificate_problem LEFT JOIN revocation r ON r.cert = c.id "
                "WHERE c.problem_id = ? AND (r.revoked_at IS NULL OR r.revoked_at > ?2) AND c.not_after > ?2 "
                "ORDER BY c.not_before, c.sha256");
    s.Bind(1, p.id).Bind(2, deadline);
    while (s.Step() == SQLITE_ROW) {
      if (!p.ca && IsShortLived(s.Int(3), s.Int(4))) continue;
      DelayedCertificate d;
      d.problem_id = p.id;
      d.sha256_hex = s.Text(0);
      d.serial_hex = s.Text(1);
      d.issuer = s.Text(2);
      d.deadline = deadline;
      d.not_after = s.Int(4);
      d.revoked_at = s.OptInt(5);
      ++n;
      if (fn) fn(d);
    }
  }
  return n;
}

StatusOr<int64_t> Store::OpenDelayedRevocationIncident(int64_t parent, int64_t now) {
  auto in = GetIncident(parent);
  CAIR_RETURN_IF_ERROR(in);
  if (in->kind == "revocation-delay")
    return base::InvalidArgumentError("incident " + std::to_string(parent) + " is itself a delayed-revocation incident");
  {
    Stmt s(db_, "SELECT id FROM incident WHERE parent_id = ? AND kind = 'revocation-delay'");
    s.Bind(1, parent);
    if (s.Step() == SQLITE_ROW)
      return base::FailedPreconditionError("incident " + std::to_string(parent) + " already has delayed-revocation incident " +
                                   std::to_string(s.Int(0)));
  }
  int64_t earliest = INT64_MAX;
  auto late = LateRevocations(parent, now, [&](const DelayedCertificate& d) { earliest = std::min(earliest, d.deadline); });
  CAIR_RETURN_IF_ERROR(late);
  if (*late == 0)
    return base::NotFoundError("no affected certificate of incident " + std::to_string(parent) + " is past its revocation deadline at " +
                                 FormatRfc3339(now));
  // Req §4.3 item 1: a missed (or to-be-missed) revocation deadline is a
  // separate report; req §4.2: the title starts with the CA Owner's name.
  const Incident& p = *in;
  std::string owner = p.ca_owner;
  std::string subject = p.title;
  if (auto colon = p.title.find(':'); colon != std::string::npos) {
    if (owner.empty()) owner = p.title.substr(0, colon);
    subject = p.title.substr(colon + 1);
    subject.erase(0, subject.find_first_not_of(' '));
  }
  Incident child;
  child.title = (owner.empty() ? "" : owner + ": ") + "Delayed revocation (" + subject + ")";
  child.ca_owner = p.ca_owner;
  child.ccadb_id = p.ccadb_id;
  child.source = p.source;
  child.kind = "revocation-delay";
  child.parent_id = parent;
  child.aware_at = std::min(earliest, now);
  auto id = OpenIncident(child, now);
  if (!id.ok()) return id;
  // The two timeline notes are best effort: the incident is already opened.
  AddTimeline(*id, earliest,
              std::to_string(*late) + " certificate(s) of incident " + std::to_string(parent) +
                  " not revoked by their deadline (earliest " + FormatRfc3339(earliest) + ")",
              "cair")
      .IgnoreError();
  AddTimeline(parent, now, "Delayed-revocation incident " + std::to_string(*id) + " opened for " +
                               std::to_string(*late) + " certificate(s)", "cair")
      .IgnoreError();
  return id;
}

StatusOr<bool> Store::PlanDelayedRevocation(int64_t delay_incident, const std::string& sha256_hex,
                                          const std::string& subscriber, const std::string& rationale, int64_t planned_at) {
  auto in = GetIncident(delay_incident);
  CAIR_RETURN_IF_ERROR(in);
  if (in->kind != "revocation-delay" || !in->parent_id)
    return base::InvalidArgumentError("incident " + std::to_string(delay_incident) + " is not a delayed-revocation incident");
  if (rationale.empty()) return base::InvalidArgumentError("a delayed revocation needs its rationale (MRSP 6.1.3, req §3.4)");
  Stmt q(db_, "SELECT 1 FROM certificate c JOIN problem p ON p.id = c.problem_id WHERE p.incident_id = ? AND c.sha256 = ?");
  q.Bind(1, *in->parent_id).Bind(2, sha256_hex);
  if (q.Step() != SQLITE_ROW)
    return base::InvalidArgumentError("certificate " + sha256_hex + " is not affected by incident " + std::to_string(*in->parent_id));
  return InTransaction<bool>(db_, [&]() -> StatusOr<bool> {
    Stmt s(db_, "INSERT INTO delay_plan (incident_id, sha256, subscriber, rationale, planned_at) VALUES (?,?,?,?,?) "
                "ON CONFLICT (incident_id, sha256) DO UPDATE SET subscriber = excluded.subscriber, "
                "rationale = excluded.rationale, planned_at = excluded.planned_at");
    if (s.Bind(1, delay_incident).Bind(2, sha256_hex).Bind(3, subscriber).Bind(4, rationale).Bind(5, planned_at).Step() !=
        SQLITE_DONE)
      return DbError(db_, "plan");
    return true;
  });
}

StatusOr<DelayCounts> Store::CountDelay(int64_t delay_incident, int64_t now) {
  auto in = GetIncident(delay_incident);
  CAIR_RETURN_IF_ERROR(in);
  if (in->kind != "revocation-delay" || !in->parent_id)
    return base::InvalidArgumentError("incident " + std::to_string(delay_incident) + " is not a delayed-revocation incident");
  DelayCounts c;
  Stmt plan(db_, "SELECT planned_at FROM delay_plan WHERE incident_id = ? AND sha256 = ?");
  auto late = LateRevocations(*in->parent_id, now, [&](const DelayedCertificate& d) {
    // Req §4.4: revoked; not yet revoked; planned for revocation but expired
    // meanwhile; the estimated completion time of the rest.
    if (d.revoked_at && *d.revoked_at <= now) {
      ++c.revoked;
      return;
    }
    if (d.not_after <= now) {
      ++c.expired_planned;
      return;
    }
    ++c.unrevoked;
    plan.Reset();
    plan.Bind(1, delay_incident).Bind(2, d.sha256_hex);
    if (plan.Step() == SQLITE_ROW) {
      int64_t when = std::min(plan.Int(0), d.not_after);
      c.estimated_completion = std::max(c.estimated_completion.value_or(when), when);
    } else {
      ++c.without_plan;
    }
  });
  CAIR_RETURN_IF_ERROR(late);
  return c;
}

StatusOr<std::vector<DelayPlan>> Store::DelayPlans(int64_t delay_incident) {
  return ReadRows<DelayPlan>(
      db_, "SELECT sha256, subscriber, rationale, planned_at FROM delay_plan WHERE incident_id = ? ORDER BY planned_at, sha256",
      delay_incident, [](Stmt& r) { return DelayPlan{r.Text(0), r.Text(1), r.Text(2), r.Int(3)}; });
}

}  // namespace cair::incident
