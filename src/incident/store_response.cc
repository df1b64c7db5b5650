// Store methods for the response records: incident status, whiteboard and
// narrative fields, issuance halts and their resumption, action items,
// questions, posted updates. Schema: migrations/003_workflow.sql. Rules
// cite ../shared/spec/requirements.md.
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

StatusOr<bool> Store::SetStatus(int64_t incident, const std::string& status, int64_t now) {
  if (status != "open" && status != "closed")
    return base::InvalidArgumentError("status must be open or closed (got \"" + status + "\")");
  CAIR_RETURN_IF_ERROR(GetIncident(incident));
  return InTransaction<bool>(db_, [&]() -> StatusOr<bool> {
    Stmt s(db_, "UPDATE incident SET status = ? WHERE id = ?");
    if (s.Bind(1, status).Bind(2, incident).Step() != SQLITE_DONE) return DbError(db_, "status");
    if (!AddTimelineRow(db_, incident, now, status == "closed" ? "Incident closed" : "Incident reopened", "cair"))
      return DbError(db_, "timeline");
    return true;
  });
}

StatusOr<bool> Store::SetWhiteboardNextUpdate(int64_t incident, std::optional<int64_t> date, int64_t now) {
  CAIR_RETURN_IF_ERROR(GetIncident(incident));
  return InTransaction<bool>(db_, [&]() -> StatusOr<bool> {
    Stmt s(db_, "UPDATE incident SET whiteboard_next_update = ? WHERE id = ?");
    if (s.Bind(1, date).Bind(2, incident).Step() != SQLITE_DONE) return DbError(db_, "whiteboard");
    std::string text = date ? "Whiteboard \"Next update\" date read: " + FormatRfc3339(*date).substr(0, 10)
                            : "Whiteboard \"Next update\" date removed";
    if (!AddTimelineRow(db_, incident, now, text, "cair")) return DbError(db_, "timeline");
    return true;
  });
}

StatusOr<bool> Store::SetNarrative(int64_t incident, const std::string& field, const std::string& text) {
  CAIR_RETURN_IF_ERROR(GetIncident(incident));
  return InTransaction<bool>(db_, [&]() -> StatusOr<bool> {
    Stmt s(db_, "INSERT INTO narrative (incident_id, field, text) VALUES (?, ?, ?) "
                "ON CONFLICT (incident_id, field) DO UPDATE SET text = excluded.text");
    if (s.Bind(1, incident).Bind(2, field).Bind(3, text).Step() != SQLITE_DONE)
      return DbError(db_, "narrative");
    return true;
  });
}

StatusOr<std::vector<std::pair<std::string, std::string>>> Store::Narrative(int64_t incident) {
  return ReadRows<std::pair<std::string, std::string>>(
      db_, "SELECT field, text FROM narrative WHERE incident_id = ? ORDER BY field",
      incident, [](Stmt& r) { return std::pair(r.Text(0), r.Text(1)); });
}

StatusOr<int64_t> Store::AddHalt(const Halt& h, int64_t now) {
  CAIR_RETURN_IF_ERROR(GetIncident(h.incident_id));
  if (h.issuer_ski.empty() && h.issuer_subject.empty())
    return base::InvalidArgumentError("a halt names the issuing CA: give its SKI or its subject");
  if (h.reason.empty()) return base::InvalidArgumentError("a halt needs a reason");
  return InTransaction<int64_t>(db_, [&]() -> StatusOr<int64_t> {
    Stmt s(db_, "INSERT INTO halt (incident_id, issuer_ski, issuer_subject, profile, reason, halted_at) VALUES (?,?,?,?,?,?)");
    s.Bind(1, h.incident_id).Bind(2, h.issuer_ski).Bind(3, h.issuer_subject).Bind(4, h.profile).Bind(5, h.reason)
        .Bind(6, h.halted_at ? h.halted_at : now);
    if (s.Step() != SQLITE_DONE) return DbError(db_, "halt");
    int64_t id = sqlite3_last_insert_rowid(db_);
    if (!AddTimelineRow(db_, h.incident_id, h.halted_at ? h.halted_at : now,
                        "Issuance halted (halt " + std::to_string(id) + "): " + HaltTarget(h) + ". " + h.reason, "cair"))
      return DbError(db_, "timeline");
    return id;
  });
}

StatusOr<Halt> Store::GetHalt(int64_t id) {
  Stmt s(db_, (std::string(kHaltColumns) + "WHERE id = ?").c_str());
  s.Bind(1, id);
  CAIR_RETURN_IF_ERROR(RowOrNotFound(db_, s.Step(), "no halt " + std::to_string(id)));
  return ReadHalt(s);
}

StatusOr<std::vector<Halt>> Store::Halts(std::optional<int64_t> incident, bool active_only) {
  std::string sql = std::string(kHaltColumns) + "WHERE (?1 IS NULL OR incident_id = ?1)" +
                    (active_only ? " AND resumed_at IS NULL" : "") + " ORDER BY id";
  Stmt s(db_, sql.c_str());
  s.Bind(1, incident);
  return ReadRows<Halt>(db_, s, ReadHalt);
}

StatusOr<bool> Store::Resume(int64_t halt, int64_t now, const std::string& evidence) {
  auto h = GetHalt(halt);
  CAIR_RETURN_IF_ERROR(h);
  if (h->resumed_at)
    return base::FailedPreconditionError("halt " + std::to_string(halt) + " was already resumed at " + FormatRfc3339(*h->resumed_at));
  return InTransaction<bool>(db_, [&]() -> StatusOr<bool> {
    Stmt s(db_, "UPDATE halt SET resumed_at = ?, resume_evidence = ? WHERE id = ? AND resumed_at IS NULL");
    if (s.Bind(1, now).Bind(2, evidence).Bind(3, halt).Step() != SQLITE_DONE) return DbError(db_, "resume");
    if (!AddTimelineRow(db_, h->incident_id, now,
                        "Issuance resumed (halt " + std::to_string(halt) + "): " + HaltTarget(*h) + ". " + evidence,
                        "cair"))
      return DbError(db_, "timeline");
    return true;
  });
}

StatusOr<int64_t> Store::AddActionItem(const ActionItem& a, int64_t now) {
  CAIR_RETURN_IF_ERROR(GetIncident(a.incident_id));
  // Req §4.7: Kind and Status take these values only; every column is filled.
  if (!IsActionKind(a.kind)) return base::InvalidArgumentError("kind must be Prevent, Mitigate or Detect (got \"" + a.kind + "\")");
  if (!IsActionStatus(a.status))
    return base::InvalidArgumentError("status must be Ongoing, Complete, Delayed or Canceled (got \"" + a.status + "\")");
  if (a.action.empty() || a.root_cause.empty() || a.criteria.empty())
    return base::InvalidArgumentError("an action item needs its action, root cause and evaluation criteria");
  return InTransaction<int64_t>(db_, [&]() -> StatusOr<int64_t> {
    if (!InsertActionItem(db_, a.incident_id, a, now)) return DbError(db_, "action item");
    int64_t id = sqlite3_last_insert_rowid(db_);
    if (!AddTimelineRow(db_, a.incident_id, now,
                        "Action item " + std::to_string(id) + " added (" + a.kind + ", due " +
                            FormatRfc3339(a.due_at).substr(0, 10) + "): " + a.action, "cair"))
      return DbError(db_, "timeline");
    return id;
  });
}

StatusOr<bool> Store::SetActionItemStatus(int64_t id, const std::string& status, int64_t now) {
  if (!IsActionStatus(status))
    return base::InvalidArgumentError("status must be Ongoing, Complete, Delayed or Canceled (got \"" + status + "\")");
  Stmt q(db_, "SELECT incident_id, status FROM action_item WHERE id = ?");
  q.Bind(1, id);
  CAIR_RETURN_IF_ERROR(RowOrNotFound(db_, q.Step(), "no action item " + std::to_string(id)));
  const int64_t incident = q.Int(0);
  const std::string before = q.Text(1);
  return InTransaction<bool>(db_, [&]() -> StatusOr<bool> {
    Stmt s(db_, "UPDATE action_item SET status = ?, changed_at = ? WHERE id = ?");
    if (s.Bind(1, status).Bind(2, now).Bind(3, id).Step() != SQLITE_DONE) return DbError(db_, "action item");
    if (!AddTimelineRow(db_, incident, now, "Action item " + std::to_string(id) + ": " + before + " -> " + status, "cair"))
      return DbError(db_, "timeline");
    return true;
  });
}

StatusOr<std::vector<ActionItem>> Store::ActionItems(int64_t incident) {
  return ReadRows<ActionItem>(
      db_, "SELECT id, incident_id, action, kind, root_cause, criteria, due_at, status, changed_at "
          "FROM action_item WHERE incident_id = ? ORDER BY id",
      incident, [](Stmt& r) {
        return ActionItem{r.Int(0), r.Int(1), r.Text(2), r.Text(3), r.Text(4), r.Text(5), r.Int(6), r.Text(7), r.Int(8)};
      });
}

StatusOr<int64_t> Store::AddQuestion(const Question& q) {
  CAIR_RETURN_IF_ERROR(GetIncident(q.incident_id));
  if (q.text.empty()) return base::InvalidArgumentError("a question needs its text");
  return InTransaction<int64_t>(db_, [&]() -> StatusOr<int64_t> {
    Stmt s(db_, "INSERT INTO question (incident_id, text, asked_at, answered_at) VALUES (?,?,?,?)");
    s.Bind(1, q.incident_id).Bind(2, q.text).Bind(3, q.asked_at).Bind(4, q.answered_at);
    if (s.Step() != SQLITE_DONE) return DbError(db_, "question");
    int64_t id = sqlite3_last_insert_rowid(db_);
    if (!AddTimelineRow(db_, q.incident_id, q.asked_at, "Question " + std::to_string(id) + " asked: " + q.text, "cair"))
      return DbError(db_, "timeline");
    return id;
  });
}

StatusOr<bool> Store::AnswerQuestion(int64_t id, int64_t at) {
  Stmt q(db_, "SELECT incident_id, asked_at, answered_at FROM question WHERE id = ?");
  q.Bind(1, id);
  CAIR_RETURN_IF_ERROR(RowOrNotFound(db_, q.Step(), "no question " + std::to_string(id)));
  const int64_t incident = q.Int(0);
  if (q.OptInt(2)) return base::FailedPreconditionError("question " + std::to_string(id) + " is already answered");
  if (at < q.Int(1)) return base::InvalidArgumentError("the answer cannot precede the question (asked " + FormatRfc3339(q.Int(1)) + ")");
  return InTransaction<bool>(db_, [&]() -> StatusOr<bool> {
    Stmt s(db_, "UPDATE question SET answered_at = ? WHERE id = ?");
    if (s.Bind(1, at).Bind(2, id).Step() != SQLITE_DONE) return DbError(db_, "answer");
    if (!AddTimelineRow(db_, incident, at, "Question " + std::to_string(id) + " answered", "cair"))
      return DbError(db_, "timeline");
    return true;
  });
}

StatusOr<std::vector<Question>> Store::Questions(int64_t incident) {
  return ReadRows<Question>(
      db_, "SELECT id, incident_id, text, asked_at, answered_at FROM question WHERE incident_id = ? ORDER BY asked_at, id",
      incident, [](Stmt& r) { return Question{r.Int(0), r.Int(1), r.Text(2), r.Int(3), r.OptInt(4)}; });
}

StatusOr<int64_t> Store::PostUpdate(const PostedUpdate& u) {
  CAIR_RETURN_IF_ERROR(GetIncident(u.incident_id));
  static const char* const kKinds[] = {"update", "preliminary", "full", "closure", "delayed-revocation",
                                       "problem-report-response", "mozilla7"};
  if (std::find(std::begin(kKinds), std::end(kKinds), u.kind) == std::end(kKinds))
    return base::InvalidArgumentError("unknown update kind \"" + u.kind +
                                 "\" (update, preliminary, full, closure, delayed-revocation, problem-report-response, mozilla7)");
  return InTransaction<int64_t>(db_, [&]() -> StatusOr<int64_t> {
    Stmt s(db_, "INSERT INTO posted_update (incident_id, posted_at, kind, text) VALUES (?,?,?,?)");
    s.Bind(1, u.incident_id).Bind(2, u.posted_at).Bind(3, u.kind).Bind(4, u.text);
    if (s.Step() != SQLITE_DONE) return DbError(db_, "update");
    int64_t id = sqlite3_last_insert_rowid(db_);
    std::string what = u.kind == "update" ? "Update posted" : "Posted: " + u.kind + (u.kind == "problem-report-response" ? "" : " report");
    if (!AddTimelineRow(db_, u.incident_id, u.posted_at, what, "cair")) return DbError(db_, "timeline");
    return id;
  });
}

StatusOr<std::vector<PostedUpdate>> Store::Updates(int64_t incident) {
  return ReadRows<PostedUpdate>(
      db_, "SELECT id, incident_id, posted_at, kind, text FROM posted_update WHERE incident_id = ? ORDER BY posted_at, id",
      incident, [](Stmt& r) { return PostedUpdate{r.Int(0), r.Int(1), r.Int(2), r.Text(3), r.Text(4)}; });
}

}  // namespace cair::incident
