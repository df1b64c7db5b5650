// The incident store's workflow records: halts and resumption, action items,
// questions, posted updates, narrative fields, and delayed revocation.
// Schema: migration 3 in store.cc. Rules cite ../shared/spec/requirements.md.
#include <sqlite3.h>

#include <algorithm>

#include "incident/rules.h"
#include "incident/sqlite_util.h"
#include "incident/store.h"

namespace cair::incident {

using namespace internal;

namespace {

bool IsActionKind(const std::string& k) { return k == "Prevent" || k == "Mitigate" || k == "Detect"; }
bool IsActionStatus(const std::string& s) {
  return s == "Ongoing" || s == "Complete" || s == "Delayed" || s == "Canceled";
}

Halt ReadHalt(Stmt& s) {
  Halt h;
  h.id = s.Int(0);
  h.incident_id = s.Int(1);
  h.issuer_ski = s.Text(2);
  h.issuer_subject = s.Text(3);
  h.profile = s.Text(4);
  h.reason = s.Text(5);
  h.halted_at = s.Int(6);
  h.resumed_at = s.OptInt(7);
  h.resume_evidence = s.Text(8);
  return h;
}

constexpr const char* kHaltColumns =
    "SELECT id, incident_id, issuer_ski, issuer_subject, profile, reason, halted_at, resumed_at, "
    "coalesce(resume_evidence, '') FROM halt ";

std::string HaltTarget(const Halt& h) {
  std::string t;
  if (!h.issuer_subject.empty()) t = "issuer \"" + h.issuer_subject + "\"";
  if (!h.issuer_ski.empty()) t += (t.empty() ? "issuer SKI " : " (SKI ") + h.issuer_ski + (t.empty() ? "" : ")");
  t += h.profile.empty() ? ", all profiles" : ", profile \"" + h.profile + "\"";
  return t;
}

}  // namespace

int64_t RevocationClockStart(const Incident& in) {
  // Req §1.4: the clock starts at the earlier of awareness and receipt of a
  // Certificate Problem Report.
  return in.problem_report_at ? std::min(*in.problem_report_at, in.aware_at) : in.aware_at;
}

Result<bool> Store::SetStatus(int64_t incident, const std::string& status, int64_t now) {
  if (status != "open" && status != "closed")
    return Result<bool>::Fail("status must be open or closed (got \"" + status + "\")");
  if (!GetIncident(incident).ok()) return Result<bool>::Fail("no incident " + std::to_string(incident));
  return InTransaction<bool>(db_, [&]() -> Result<bool> {
    Stmt s(db_, "UPDATE incident SET status = ? WHERE id = ?");
    if (s.Bind(1, status).Bind(2, incident).Step() != SQLITE_DONE) return Result<bool>::Fail(Err(db_, "status"));
    if (!AddTimelineRow(db_, incident, now, status == "closed" ? "Incident closed" : "Incident reopened", "cair"))
      return Result<bool>::Fail(Err(db_, "timeline"));
    return {true, {}};
  });
}

Result<bool> Store::SetWhiteboardNextUpdate(int64_t incident, std::optional<int64_t> date, int64_t now) {
  if (!GetIncident(incident).ok()) return Result<bool>::Fail("no incident " + std::to_string(incident));
  return InTransaction<bool>(db_, [&]() -> Result<bool> {
    Stmt s(db_, "UPDATE incident SET whiteboard_next_update = ? WHERE id = ?");
    if (s.Bind(1, date).Bind(2, incident).Step() != SQLITE_DONE) return Result<bool>::Fail(Err(db_, "whiteboard"));
    std::string text = date ? "Whiteboard \"Next update\" date read: " + FormatRfc3339(*date).substr(0, 10)
                            : "Whiteboard \"Next update\" date removed";
    if (!AddTimelineRow(db_, incident, now, text, "cair")) return Result<bool>::Fail(Err(db_, "timeline"));
    return {true, {}};
  });
}

Result<bool> Store::SetNarrative(int64_t incident, const std::string& field, const std::string& text) {
  if (!GetIncident(incident).ok()) return Result<bool>::Fail("no incident " + std::to_string(incident));
  return InTransaction<bool>(db_, [&]() -> Result<bool> {
    Stmt s(db_, "INSERT INTO narrative (incident_id, field, text) VALUES (?, ?, ?) "
                "ON CONFLICT (incident_id, field) DO UPDATE SET text = excluded.text");
    if (s.Bind(1, incident).Bind(2, field).Bind(3, text).Step() != SQLITE_DONE)
      return Result<bool>::Fail(Err(db_, "narrative"));
    return {true, {}};
  });
}

Result<std::vector<std::pair<std::string, std::string>>> Store::Narrative(int64_t incident) {
  Stmt s(db_, "SELECT field, text FROM narrative WHERE incident_id = ? ORDER BY field");
  s.Bind(1, incident);
  std::vector<std::pair<std::string, std::string>> out;
  while (s.Step() == SQLITE_ROW) out.emplace_back(s.Text(0), s.Text(1));
  return {out, {}};
}

Result<int64_t> Store::AddHalt(const Halt& h, int64_t now) {
  if (!GetIncident(h.incident_id).ok()) return Result<int64_t>::Fail("no incident " + std::to_string(h.incident_id));
  if (h.issuer_ski.empty() && h.issuer_subject.empty())
    return Result<int64_t>::Fail("a halt names the issuing CA: give its SKI or its subject");
  if (h.reason.empty()) return Result<int64_t>::Fail("a halt needs a reason");
  return InTransaction<int64_t>(db_, [&]() -> Result<int64_t> {
    Stmt s(db_, "INSERT INTO halt (incident_id, issuer_ski, issuer_subject, profile, reason, halted_at) VALUES (?,?,?,?,?,?)");
    s.Bind(1, h.incident_id).Bind(2, h.issuer_ski).Bind(3, h.issuer_subject).Bind(4, h.profile).Bind(5, h.reason)
        .Bind(6, h.halted_at ? h.halted_at : now);
    if (s.Step() != SQLITE_DONE) return Result<int64_t>::Fail(Err(db_, "halt"));
    int64_t id = sqlite3_last_insert_rowid(db_);
    if (!AddTimelineRow(db_, h.incident_id, h.halted_at ? h.halted_at : now,
                        "Issuance halted (halt " + std::to_string(id) + "): " + HaltTarget(h) + ". " + h.reason, "cair"))
      return Result<int64_t>::Fail(Err(db_, "timeline"));
    return {id, {}};
  });
}

Result<Halt> Store::GetHalt(int64_t id) {
  Stmt s(db_, (std::string(kHaltColumns) + "WHERE id = ?").c_str());
  s.Bind(1, id);
  if (s.Step() != SQLITE_ROW) return Result<Halt>::Fail("no halt " + std::to_string(id));
  return {ReadHalt(s), {}};
}

Result<std::vector<Halt>> Store::Halts(std::optional<int64_t> incident, bool active_only) {
  std::string sql = std::string(kHaltColumns) + "WHERE (?1 IS NULL OR incident_id = ?1)" +
                    (active_only ? " AND resumed_at IS NULL" : "") + " ORDER BY id";
  Stmt s(db_, sql.c_str());
  s.Bind(1, incident);
  std::vector<Halt> out;
  while (s.Step() == SQLITE_ROW) out.push_back(ReadHalt(s));
  return {out, {}};
}

Result<bool> Store::Resume(int64_t halt, int64_t now, const std::string& evidence) {
  auto h = GetHalt(halt);
  if (!h.ok()) return Result<bool>::Fail(h.error.message);
  if (h.value->resumed_at)
    return Result<bool>::Fail("halt " + std::to_string(halt) + " was already resumed at " + FormatRfc3339(*h.value->resumed_at));
  return InTransaction<bool>(db_, [&]() -> Result<bool> {
    Stmt s(db_, "UPDATE halt SET resumed_at = ?, resume_evidence = ? WHERE id = ? AND resumed_at IS NULL");
    if (s.Bind(1, now).Bind(2, evidence).Bind(3, halt).Step() != SQLITE_DONE) return Result<bool>::Fail(Err(db_, "resume"));
    if (!AddTimelineRow(db_, h.value->incident_id, now,
                        "Issuance resumed (halt " + std::to_string(halt) + "): " + HaltTarget(*h.value) + ". " + evidence,
                        "cair"))
      return Result<bool>::Fail(Err(db_, "timeline"));
    return {true, {}};
  });
}

Result<bool> Store::ForEachCertificate(int64_t incident, const std::function<bool(const CertificateState&)>& fn) {
  Stmt s(db_, "SELECT c.problem_id, c.sha256, c.serial, c.issuer, c.not_before, c.not_after, c.precertificate, c.tbs_key, "
              "p.br_reason, p.ca, r.revoked_at, r.crl_reason, r.reason_ok, c.subject, c.dns_names "
              "FROM certificate c INDEXED BY certificate_problem JOIN problem p ON p.id = c.problem_id "
              "LEFT JOIN revocation r ON r.cert = c.id WHERE p.incident_id = ? "
              "ORDER BY c.problem_id, c.not_before, c.sha256");
  s.Bind(1, incident);
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    CertificateState c;
    c.problem_id = s.Int(0);
    c.cert.sha256_hex = s.Text(1);
    c.cert.serial_hex = s.Text(2);
    c.cert.issuer = s.Text(3);
    c.cert.not_before = s.Int(4);
    c.cert.not_after = s.Int(5);
    c.cert.precertificate = s.Int(6) != 0;
    c.cert.tbs_key = static_cast<uint64_t>(s.Int(7));
    c.br_reason = static_cast<int>(s.Int(8));
    c.ca = s.Int(9) != 0;
    c.revoked_at = s.OptInt(10);
    if (auto r = s.OptInt(11)) c.crl_reason = static_cast<int>(*r);
    if (auto ok = s.OptInt(12)) c.reason_ok = *ok != 0;
    c.cert.subject = s.Text(13);
    c.cert.dns_names = s.Text(14);
    if (!fn(c)) break;
  }
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return Result<bool>::Fail(Err(db_, "certificates"));
  return {true, {}};
}

Result<int64_t> Store::AddActionItem(const ActionItem& a, int64_t now) {
  if (!GetIncident(a.incident_id).ok()) return Result<int64_t>::Fail("no incident " + std::to_string(a.incident_id));
  // Req §4.7: Kind and Status take these values only; every column is filled.
  if (!IsActionKind(a.kind)) return Result<int64_t>::Fail("kind must be Prevent, Mitigate or Detect (got \"" + a.kind + "\")");
  if (!IsActionStatus(a.status))
    return Result<int64_t>::Fail("status must be Ongoing, Complete, Delayed or Canceled (got \"" + a.status + "\")");
  if (a.action.empty() || a.root_cause.empty() || a.criteria.empty())
    return Result<int64_t>::Fail("an action item needs its action, root cause and evaluation criteria");
  return InTransaction<int64_t>(db_, [&]() -> Result<int64_t> {
    Stmt s(db_, "INSERT INTO action_item (incident_id, action, kind, root_cause, criteria, due_at, status, changed_at) "
                "VALUES (?,?,?,?,?,?,?,?)");
    s.Bind(1, a.incident_id).Bind(2, a.action).Bind(3, a.kind).Bind(4, a.root_cause).Bind(5, a.criteria)
        .Bind(6, a.due_at).Bind(7, a.status).Bind(8, now);
    if (s.Step() != SQLITE_DONE) return Result<int64_t>::Fail(Err(db_, "action item"));
    int64_t id = sqlite3_last_insert_rowid(db_);
    if (!AddTimelineRow(db_, a.incident_id, now,
                        "Action item " + std::to_string(id) + " added (" + a.kind + ", due " +
                            FormatRfc3339(a.due_at).substr(0, 10) + "): " + a.action, "cair"))
      return Result<int64_t>::Fail(Err(db_, "timeline"));
    return {id, {}};
  });
}

Result<bool> Store::SetActionItemStatus(int64_t id, const std::string& status, int64_t now) {
  if (!IsActionStatus(status))
    return Result<bool>::Fail("status must be Ongoing, Complete, Delayed or Canceled (got \"" + status + "\")");
  Stmt q(db_, "SELECT incident_id, status FROM action_item WHERE id = ?");
  q.Bind(1, id);
  if (q.Step() != SQLITE_ROW) return Result<bool>::Fail("no action item " + std::to_string(id));
  const int64_t incident = q.Int(0);
  const std::string before = q.Text(1);
  return InTransaction<bool>(db_, [&]() -> Result<bool> {
    Stmt s(db_, "UPDATE action_item SET status = ?, changed_at = ? WHERE id = ?");
    if (s.Bind(1, status).Bind(2, now).Bind(3, id).Step() != SQLITE_DONE) return Result<bool>::Fail(Err(db_, "action item"));
    if (!AddTimelineRow(db_, incident, now, "Action item " + std::to_string(id) + ": " + before + " -> " + status, "cair"))
      return Result<bool>::Fail(Err(db_, "timeline"));
    return {true, {}};
  });
}

Result<std::vector<ActionItem>> Store::ActionItems(int64_t incident) {
  Stmt s(db_, "SELECT id, incident_id, action, kind, root_cause, criteria, due_at, status, changed_at "
              "FROM action_item WHERE incident_id = ? ORDER BY id");
  s.Bind(1, incident);
  std::vector<ActionItem> out;
  while (s.Step() == SQLITE_ROW)
    out.push_back({s.Int(0), s.Int(1), s.Text(2), s.Text(3), s.Text(4), s.Text(5), s.Int(6), s.Text(7), s.Int(8)});
  return {out, {}};
}

Result<int64_t> Store::AddQuestion(const Question& q) {
  if (!GetIncident(q.incident_id).ok()) return Result<int64_t>::Fail("no incident " + std::to_string(q.incident_id));
  if (q.text.empty()) return Result<int64_t>::Fail("a question needs its text");
  return InTransaction<int64_t>(db_, [&]() -> Result<int64_t> {
    Stmt s(db_, "INSERT INTO question (incident_id, text, asked_at, answered_at) VALUES (?,?,?,?)");
    s.Bind(1, q.incident_id).Bind(2, q.text).Bind(3, q.asked_at).Bind(4, q.answered_at);
    if (s.Step() != SQLITE_DONE) return Result<int64_t>::Fail(Err(db_, "question"));
    int64_t id = sqlite3_last_insert_rowid(db_);
    if (!AddTimelineRow(db_, q.incident_id, q.asked_at, "Question " + std::to_string(id) + " asked: " + q.text, "cair"))
      return Result<int64_t>::Fail(Err(db_, "timeline"));
    return {id, {}};
  });
}

Result<bool> Store::AnswerQuestion(int64_t id, int64_t at) {
  Stmt q(db_, "SELECT incident_id, asked_at, answered_at FROM question WHERE id = ?");
  q.Bind(1, id);
  if (q.Step() != SQLITE_ROW) return Result<bool>::Fail("no question " + std::to_string(id));
  const int64_t incident = q.Int(0);
  if (q.OptInt(2)) return Result<bool>::Fail("question " + std::to_string(id) + " is already answered");
  if (at < q.Int(1)) return Result<bool>::Fail("the answer cannot precede the question (asked " + FormatRfc3339(q.Int(1)) + ")");
  return InTransaction<bool>(db_, [&]() -> Result<bool> {
    Stmt s(db_, "UPDATE question SET answered_at = ? WHERE id = ?");
    if (s.Bind(1, at).Bind(2, id).Step() != SQLITE_DONE) return Result<bool>::Fail(Err(db_, "answer"));
    if (!AddTimelineRow(db_, incident, at, "Question " + std::to_string(id) + " answered", "cair"))
      return Result<bool>::Fail(Err(db_, "timeline"));
    return {true, {}};
  });
}

Result<std::vector<Question>> Store::Questions(int64_t incident) {
  Stmt s(db_, "SELECT id, incident_id, text, asked_at, answered_at FROM question WHERE incident_id = ? ORDER BY asked_at, id");
  s.Bind(1, incident);
  std::vector<Question> out;
  while (s.Step() == SQLITE_ROW) out.push_back({s.Int(0), s.Int(1), s.Text(2), s.Int(3), s.OptInt(4)});
  return {out, {}};
}

Result<int64_t> Store::PostUpdate(const PostedUpdate& u) {
  if (!GetIncident(u.incident_id).ok()) return Result<int64_t>::Fail("no incident " + std::to_string(u.incident_id));
  static const char* const kKinds[] = {"update", "preliminary", "full", "closure", "delayed-revocation",
                                       "problem-report-response", "mozilla7"};
  if (std::find(std::begin(kKinds), std::end(kKinds), u.kind) == std::end(kKinds))
    return Result<int64_t>::Fail("unknown update kind \"" + u.kind +
                                 "\" (update, preliminary, full, closure, delayed-revocation, problem-report-response, mozilla7)");
  return InTransaction<int64_t>(db_, [&]() -> Result<int64_t> {
    Stmt s(db_, "INSERT INTO posted_update (incident_id, posted_at, kind, text) VALUES (?,?,?,?)");
    s.Bind(1, u.incident_id).Bind(2, u.posted_at).Bind(3, u.kind).Bind(4, u.text);
    if (s.Step() != SQLITE_DONE) return Result<int64_t>::Fail(Err(db_, "update"));
    int64_t id = sqlite3_last_insert_rowid(db_);
    std::string what = u.kind == "update" ? "Update posted" : "Posted: " + u.kind + (u.kind == "problem-report-response" ? "" : " report");
    if (!AddTimelineRow(db_, u.incident_id, u.posted_at, what, "cair")) return Result<int64_t>::Fail(Err(db_, "timeline"));
    return {id, {}};
  });
}

Result<std::vector<PostedUpdate>> Store::Updates(int64_t incident) {
  Stmt s(db_, "SELECT id, incident_id, posted_at, kind, text FROM posted_update WHERE incident_id = ? ORDER BY posted_at, id");
  s.Bind(1, incident);
  std::vector<PostedUpdate> out;
  while (s.Step() == SQLITE_ROW) out.push_back({s.Int(0), s.Int(1), s.Int(2), s.Text(3), s.Text(4)});
  return {out, {}};
}

Result<int64_t> Store::LateRevocations(int64_t incident, int64_t now,
                                       const std::function<void(const DelayedCertificate&)>& fn) {
  auto in = GetIncident(incident);
  if (!in.ok()) return Result<int64_t>::Fail(in.error.message);
  auto problems = Problems(incident);
  if (!problems.ok()) return Result<int64_t>::Fail(problems.error.message);
  const int64_t start = RevocationClockStart(*in.value);
  int64_t n = 0;
  for (const Problem& p : *problems.value) {
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
  return {n, {}};
}

Result<int64_t> Store::OpenDelayedRevocationIncident(int64_t parent, int64_t now) {
  auto in = GetIncident(parent);
  if (!in.ok()) return Result<int64_t>::Fail(in.error.message);
  if (in.value->kind == "revocation-delay")
    return Result<int64_t>::Fail("incident " + std::to_string(parent) + " is itself a delayed-revocation incident");
  {
    Stmt s(db_, "SELECT id FROM incident WHERE parent_id = ? AND kind = 'revocation-delay'");
    s.Bind(1, parent);
    if (s.Step() == SQLITE_ROW)
      return Result<int64_t>::Fail("incident " + std::to_string(parent) + " already has delayed-revocation incident " +
                                   std::to_string(s.Int(0)));
  }
  int64_t earliest = INT64_MAX;
  auto late = LateRevocations(parent, now, [&](const DelayedCertificate& d) { earliest = std::min(earliest, d.deadline); });
  if (!late.ok()) return Result<int64_t>::Fail(late.error.message);
  if (*late.value == 0)
    return Result<int64_t>::Fail("no affected certificate of incident " + std::to_string(parent) + " is past its revocation deadline at " +
                                 FormatRfc3339(now));
  // Req §4.3 item 1: a missed (or to-be-missed) revocation deadline is a
  // separate report; req §4.2: the title starts with the CA Owner's name.
  const Incident& p = *in.value;
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
  AddTimeline(*id.value, earliest,
              std::to_string(*late.value) + " certificate(s) of incident " + std::to_string(parent) +
                  " not revoked by their deadline (earliest " + FormatRfc3339(earliest) + ")",
              "cair");
  AddTimeline(parent, now, "Delayed-revocation incident " + std::to_string(*id.value) + " opened for " +
                               std::to_string(*late.value) + " certificate(s)", "cair");
  return id;
}

Result<bool> Store::PlanDelayedRevocation(int64_t delay_incident, const std::string& sha256_hex,
                                          const std::string& subscriber, const std::string& rationale, int64_t planned_at) {
  auto in = GetIncident(delay_incident);
  if (!in.ok()) return Result<bool>::Fail(in.error.message);
  if (in.value->kind != "revocation-delay" || !in.value->parent_id)
    return Result<bool>::Fail("incident " + std::to_string(delay_incident) + " is not a delayed-revocation incident");
  if (rationale.empty()) return Result<bool>::Fail("a delayed revocation needs its rationale (MRSP 6.1.3, req §3.4)");
  Stmt q(db_, "SELECT 1 FROM certificate c JOIN problem p ON p.id = c.problem_id WHERE p.incident_id = ? AND c.sha256 = ?");
  q.Bind(1, *in.value->parent_id).Bind(2, sha256_hex);
  if (q.Step() != SQLITE_ROW)
    return Result<bool>::Fail("certificate " + sha256_hex + " is not affected by incident " + std::to_string(*in.value->parent_id));
  return InTransaction<bool>(db_, [&]() -> Result<bool> {
    Stmt s(db_, "INSERT INTO delay_plan (incident_id, sha256, subscriber, rationale, planned_at) VALUES (?,?,?,?,?) "
                "ON CONFLICT (incident_id, sha256) DO UPDATE SET subscriber = excluded.subscriber, "
                "rationale = excluded.rationale, planned_at = excluded.planned_at");
    if (s.Bind(1, delay_incident).Bind(2, sha256_hex).Bind(3, subscriber).Bind(4, rationale).Bind(5, planned_at).Step() !=
        SQLITE_DONE)
      return Result<bool>::Fail(Err(db_, "plan"));
    return {true, {}};
  });
}

Result<DelayCounts> Store::CountDelay(int64_t delay_incident, int64_t now) {
  auto in = GetIncident(delay_incident);
  if (!in.ok()) return Result<DelayCounts>::Fail(in.error.message);
  if (in.value->kind != "revocation-delay" || !in.value->parent_id)
    return Result<DelayCounts>::Fail("incident " + std::to_string(delay_incident) + " is not a delayed-revocation incident");
  DelayCounts c;
  Stmt plan(db_, "SELECT planned_at FROM delay_plan WHERE incident_id = ? AND sha256 = ?");
  auto late = LateRevocations(*in.value->parent_id, now, [&](const DelayedCertificate& d) {
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
  if (!late.ok()) return Result<DelayCounts>::Fail(late.error.message);
  return {c, {}};
}

}  // namespace cair::incident

namespace cair::incident {

Result<std::vector<DelayPlan>> Store::DelayPlans(int64_t delay_incident) {
  Stmt s(db_, "SELECT sha256, subscriber, rationale, planned_at FROM delay_plan WHERE incident_id = ? ORDER BY planned_at, sha256");
  s.Bind(1, delay_incident);
  std::vector<DelayPlan> out;
  while (s.Step() == SQLITE_ROW) out.push_back({s.Text(0), s.Text(1), s.Text(2), s.Int(3)});
  return {out, {}};
}

Result<IncidentBundle> Store::Export(int64_t incident) {
  IncidentBundle b;
  auto in = GetIncident(incident);
  if (!in.ok()) return Result<IncidentBundle>::Fail(in.error.message);
  b.incident = *in.value;
  b.timeline = *Timeline(incident).value;
  auto problems = Problems(incident);  // kept alive: the loop reads into it
  for (const Problem& p : *problems.value) b.problems.push_back({p, {}});
  auto each = ForEachCertificate(incident, [&](const CertificateState& c) {
    for (auto& pc : b.problems)
      if (pc.problem.id == c.problem_id) pc.certificates.push_back(c);
    return true;
  });
  if (!each.ok()) return Result<IncidentBundle>::Fail(each.error.message);
  b.halts = *Halts(incident, false).value;
  b.action_items = *ActionItems(incident).value;
  b.questions = *Questions(incident).value;
  b.updates = *Updates(incident).value;
  b.narrative = *Narrative(incident).value;
  b.delay_plan = *DelayPlans(incident).value;
  return {b, {}};
}

Result<int64_t> Store::Import(const IncidentBundle& b) {
  return InTransaction<int64_t>(db_, [&]() -> Result<int64_t> {
    auto fail = [this](const char* what) { return Result<int64_t>::Fail(Err(db_, std::string("import ") + what)); };
    const Incident& in = b.incident;
    std::optional<int64_t> parent;
    if (in.parent_id) {
      Stmt p(db_, "SELECT 1 FROM incident WHERE id = ?");
      if (p.Bind(1, *in.parent_id).Step() == SQLITE_ROW) parent = in.parent_id;
    }
    Stmt s(db_, "INSERT INTO incident (title, ca_owner, ccadb_id, source, reporter, aware_at, problem_report_at, kind, "
                "bug, status, parent_id, whiteboard_next_update, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    s.Bind(1, in.title).Bind(2, in.ca_owner).Bind(3, in.ccadb_id).Bind(4, in.source).Bind(5, in.reporter)
        .Bind(6, in.aware_at).Bind(7, in.problem_report_at).Bind(8, in.kind).Bind(9, in.bug).Bind(10, in.status)
        .Bind(11, parent).Bind(12, in.whiteboard_next_update).Bind(13, in.created_at);
    if (s.Step() != SQLITE_DONE) return fail("incident");
    const int64_t id = sqlite3_last_insert_rowid(db_);
    for (const TimelineEntry& t : b.timeline)
      if (!AddTimelineRow(db_, id, t.at, t.text, t.source)) return fail("timeline");
    Stmt pi(db_, "INSERT INTO problem (incident_id, name, lint, criterion, br_reason, ca) VALUES (?,?,?,?,?,?)");
    Stmt smime(db_, "UPDATE problem SET smime = 1 WHERE id = ?");
    Stmt ci(db_, "INSERT INTO certificate (problem_id, sha256, serial, issuer, not_before, not_after, precertificate, tbs_key, "
                 "subject, dns_names) VALUES (?,?,?,?,?,?,?,?,?,?)");
    Stmt ri(db_, "INSERT INTO revocation (cert, revoked_at, crl_reason, reason_ok) VALUES (?,?,?,?)");
    for (const auto& pc : b.problems) {
      const Problem& p = pc.problem;
      if (!IsValidBrReason(p.br_reason)) return Result<int64_t>::Fail("problem \"" + p.name + "\": reason must be 1-16");
      pi.Reset();
      pi.Bind(1, id).Bind(2, p.name).Bind(3, p.lint).Bind(4, p.criterion).Bind(5, int64_t{p.br_reason}).Bind(6, int64_t{p.ca});
      if (pi.Step() != SQLITE_DONE) return fail("problem");
      const int64_t pid = sqlite3_last_insert_rowid(db_);
      if (p.smime) {
        smime.Reset();
        if (smime.Bind(1, pid).Step() != SQLITE_DONE) return fail("problem");
      }
      for (const CertificateState& c : pc.certificates) {
        ci.Reset();
        std::optional<int64_t> reason, ok;
        if (c.crl_reason) reason = *c.crl_reason;
        if (c.reason_ok) ok = int64_t{*c.reason_ok};
        ci.Bind(1, pid).Bind(2, c.cert.sha256_hex).Bind(3, c.cert.serial_hex).Bind(4, c.cert.issuer).Bind(5, c.cert.not_before)
            .Bind(6, c.cert.not_after).Bind(7, int64_t{c.cert.precertificate}).Bind(8, static_cast<int64_t>(c.cert.tbs_key))
            .Bind(9, c.cert.subject).Bind(10, c.cert.dns_names);
        if (ci.Step() != SQLITE_DONE)
          return Result<int64_t>::Fail("import: certificate " + c.cert.sha256_hex + " of problem \"" + p.name + "\": " + sqlite3_errmsg(db_));
        if (c.revoked_at) {
          ri.Reset();
          ri.Bind(1, sqlite3_last_insert_rowid(db_)).Bind(2, *c.revoked_at).Bind(3, reason).Bind(4, ok);
          if (ri.Step() != SQLITE_DONE) return fail("revocation");
        }
      }
    }
    for (const Halt& h : b.halts) {
      Stmt x(db_, "INSERT INTO halt (incident_id, issuer_ski, issuer_subject, profile, reason, halted_at, resumed_at, resume_evidence) "
                  "VALUES (?,?,?,?,?,?,?,?)");
      x.Bind(1, id).Bind(2, h.issuer_ski).Bind(3, h.issuer_subject).Bind(4, h.profile).Bind(5, h.reason).Bind(6, h.halted_at)
          .Bind(7, h.resumed_at).Bind(8, h.resume_evidence);
      if (x.Step() != SQLITE_DONE) return fail("halt");
    }
    for (const ActionItem& a : b.action_items) {
      Stmt x(db_, "INSERT INTO action_item (incident_id, action, kind, root_cause, criteria, due_at, status, changed_at) "
                  "VALUES (?,?,?,?,?,?,?,?)");
      x.Bind(1, id).Bind(2, a.action).Bind(3, a.kind).Bind(4, a.root_cause).Bind(5, a.criteria).Bind(6, a.due_at)
          .Bind(7, a.status).Bind(8, a.changed_at);
      if (x.Step() != SQLITE_DONE) return fail("action item");
    }
    for (const Question& q : b.questions) {
      Stmt x(db_, "INSERT INTO question (incident_id, text, asked_at, answered_at) VALUES (?,?,?,?)");
      if (x.Bind(1, id).Bind(2, q.text).Bind(3, q.asked_at).Bind(4, q.answered_at).Step() != SQLITE_DONE) return fail("question");
    }
    for (const PostedUpdate& u : b.updates) {
      Stmt x(db_, "INSERT INTO posted_update (incident_id, posted_at, kind, text) VALUES (?,?,?,?)");
      if (x.Bind(1, id).Bind(2, u.posted_at).Bind(3, u.kind).Bind(4, u.text).Step() != SQLITE_DONE) return fail("update");
    }
    for (const auto& [field, text] : b.narrative) {
      Stmt x(db_, "INSERT INTO narrative (incident_id, field, text) VALUES (?,?,?)");
      if (x.Bind(1, id).Bind(2, field).Bind(3, text).Step() != SQLITE_DONE) return fail("narrative");
    }
    for (const DelayPlan& d : b.delay_plan) {
      Stmt x(db_, "INSERT INTO delay_plan (incident_id, sha256, subscriber, rationale, planned_at) VALUES (?,?,?,?,?)");
      if (x.Bind(1, id).Bind(2, d.sha256_hex).Bind(3, d.subscriber).Bind(4, d.rationale).Bind(5, d.planned_at).Step() != SQLITE_DONE)
        return fail("delay plan");
    }
    return {id, {}};
  });
}

}  // namespace cair::incident
