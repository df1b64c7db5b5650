// The rest of the incident lifecycle (issue 12): recurrence of a closed
// incident, splitting out a separate incident, audit findings as incidents,
// and the obligations a delayed revocation implies. Schema: the migration
// marked "issue 12" in store.cc. Rules cite ../shared/spec/requirements.md.
#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <set>

#include "incident/rules.h"
#include "incident/sqlite_util.h"
#include "incident/store.h"

namespace cair::incident {

using namespace internal;

namespace {

// Req §4.2: a Bugzilla summary is "CA Owner: short title". Returns the owner
// (the incident's CA Owner, else the title's prefix) and the short title.
std::pair<std::string, std::string> TitleParts(const Incident& in) {
  std::string owner = in.ca_owner, rest = in.title;
  if (auto colon = in.title.find(':'); colon != std::string::npos) {
    if (owner.empty()) owner = in.title.substr(0, colon);
    rest = in.title.substr(colon + 1);
    rest.erase(0, rest.find_first_not_of(' '));
  }
  return {owner, rest};
}

std::string WithOwner(const std::string& owner, const std::string& title) {
  return owner.empty() ? title : owner + ": " + title;
}

// Inserts an incident row and its awareness timeline entry inside the
// caller's transaction (Store::OpenIncident runs its own).
std::optional<int64_t> InsertIncident(sqlite3* db, const Incident& in, int64_t now) {
  Stmt s(db, "INSERT INTO incident (title, ca_owner, ccadb_id, source, reporter, aware_at, problem_report_at, kind, "
             "bug, status, parent_id, whiteboard_next_update, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
  s.Bind(1, in.title).Bind(2, in.ca_owner).Bind(3, in.ccadb_id).Bind(4, in.source).Bind(5, in.reporter)
      .Bind(6, in.aware_at).Bind(7, in.problem_report_at).Bind(8, in.kind).Bind(9, in.bug).Bind(10, std::string("open"))
      .Bind(11, in.parent_id).Bind(12, in.whiteboard_next_update).Bind(13, now);
  if (s.Step() != SQLITE_DONE) return std::nullopt;
  const int64_t id = sqlite3_last_insert_rowid(db);
  if (!AddTimelineRow(db, id, in.aware_at, "CA became aware (incident opened in cair)", "cair")) return std::nullopt;
  return id;
}

bool InsertLink(sqlite3* db, int64_t incident, int64_t related, const char* kind, int64_t now) {
  Stmt s(db, "INSERT INTO incident_link (incident_id, related_id, kind, created_at) VALUES (?, ?, ?, ?)");
  return s.Bind(1, incident).Bind(2, related).Bind(3, std::string(kind)).Bind(4, now).Step() == SQLITE_DONE;
}

// When the incident was last closed: its latest "Incident closed" entry
// (Store::SetStatus writes it in the same transaction as the status).
std::optional<int64_t> ClosedAt(sqlite3* db, int64_t incident) {
  Stmt s(db, "SELECT max(at) FROM timeline WHERE incident_id = ? AND text = 'Incident closed' AND source = 'cair'");
  s.Bind(1, incident);
  if (s.Step() != SQLITE_ROW) return std::nullopt;
  return s.OptInt(0);
}

std::string Quoted(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "\"" : ", \"") + n + "\"";
  return out;
}

constexpr const char* kAuditTypes[] = {"qualification", "adverse", "other-matter", "non-conformity"};

}  // namespace

StatusOr<std::vector<WatchedProblem>> Store::RecurrenceWatch() {
  std::vector<WatchedProblem> out;
  Stmt s(db_, "SELECT i.id, i.title, i.bug, p.id, p.name, p.lint, p.criterion FROM incident i JOIN problem p ON p.incident_id = i.id "
              "WHERE i.status = 'closed' ORDER BY i.id, p.id");
  Stmt issuers(db_, "SELECT DISTINCT issuer FROM certificate INDEXED BY certificate_problem WHERE problem_id = ? ORDER BY issuer");
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    WatchedProblem w;
    w.incident_id = s.Int(0);
    w.incident_title = s.Text(1);
    w.bug = s.OptInt(2);
    w.problem_id = s.Int(3);
    w.name = s.Text(4);
    w.lint = s.Text(5);
    w.criterion = s.Text(6);
    w.closed_at = ClosedAt(db_, w.incident_id).value_or(0);
    issuers.Reset();
    issuers.Bind(1, w.problem_id);
    while (issuers.Step() == SQLITE_ROW) w.issuers.push_back(issuers.Text(0));
    out.push_back(std::move(w));
  }
  if (rc != SQLITE_DONE) return DbError(db_, "recurrence watch");
  return out;
}

StatusOr<std::string> Store::RecurrenceWatchVersion() {
  Stmt s(db_, "SELECT coalesce((SELECT group_concat(i.id || ':' || p.id, ',') FROM incident i JOIN problem p ON p.incident_id = i.id "
              "WHERE i.status = 'closed'), '') || '/' || "
              "coalesce((SELECT group_concat(at, ',') FROM timeline WHERE text = 'Incident closed' AND source = 'cair'), '') || '/' || "
              "coalesce((SELECT max(id) FROM certificate), 0)");
  if (s.Step() != SQLITE_ROW) return DbError(db_, "recurrence watch version");
  return s.Text(0);
}

StatusOr<int64_t> Store::OpenRecurrence(int64_t closed, int64_t aware_at, const std::string& title, int64_t now) {
  auto old = GetIncident(closed);
  CAIR_RETURN_IF_ERROR(old);
  if (old->status != "closed")
    return base::InvalidArgumentError("incident " + std::to_string(closed) +
                                 " is not closed: what is found while it is open belongs to it (cair problem add)");
  const auto closed_at = ClosedAt(db_, closed);
  return InTransaction<int64_t>(db_, [&]() -> StatusOr<int64_t> {
    // Req §4.3 item 3: a recurrence after the incident was marked resolved
    // is a new, separate report, free-standing, with its own clocks (§4.4).
    const Incident& o = *old;
    auto [owner, subject] = TitleParts(o);
    Incident in;
    in.title = title.empty() ? WithOwner(owner, "Recurrence of " + subject) : title;
    in.ca_owner = o.ca_owner;
    in.ccadb_id = o.ccadb_id;
    in.source = "self";
    in.kind = o.kind == "revocation-delay" ? "misissuance" : o.kind;
    in.aware_at = aware_at;
    auto id = InsertIncident(db_, in, now);
    if (!id) return DbError(db_, "open recurrence");
    const std::string when = closed_at ? " (closed " + FormatRfc3339(*closed_at).substr(0, 16) + "Z)" : "";
    if (!InsertLink(db_, *id, closed, "recurrence", now) ||
        !AddTimelineRow(db_, *id, aware_at,
                        "Recurrence of incident " + std::to_string(closed) + when +
                            ": opened as a new, separate incident (CCADB IRG 4.3)", "cair") ||
        !AddTimelineRow(db_, closed, now, "Recurrence found; opened as incident " + std::to_string(*id), "cair"))
      return DbError(db_, "recurrence link");
    return *id;
  });
}

StatusOr<std::vector<IncidentLink>> Store::Links(int64_t incident) {
  Stmt s(db_, "SELECT incident_id, related_id, kind, created_at, 1 FROM incident_link WHERE incident_id = ?1 "
              "UNION ALL SELECT related_id, incident_id, kind, created_at, 0 FROM incident_link WHERE related_id = ?1 "
              "ORDER BY 2");
  s.Bind(1, incident);
  std::vector<IncidentLink> out;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) out.push_back({s.Int(0), s.Int(1), s.Text(2), s.Int(3), s.Int(4) != 0});
  if (rc != SQLITE_DONE) return DbError(db_, "links");
  return out;
}

StatusOr<Store::SplitResult> Store::SplitIncident(int64_t incident, const std::vector<int64_t>& problems,
                                                const std::string& title, std::optional<int64_t> aware_at, int64_t now) {
  using R = StatusOr<SplitResult>;
  auto in = GetIncident(incident);
  CAIR_RETURN_IF_ERROR(in);
  if (in->status == "closed") return base::InvalidArgumentError("incident " + std::to_string(incident) + " is closed");
  auto all = Problems(incident);
  CAIR_RETURN_IF_ERROR(all);
  std::set<int64_t> moving(problems.begin(), problems.end());
  if (moving.empty()) return base::InvalidArgumentError("name the problems to move (--problems ID,...)");
  std::vector<std::string> names;
  for (int64_t p : moving) {
    auto it = std::find_if(all->begin(), all->end(), [p](const Problem& x) { return x.id == p; });
    if (it == all->end()) return base::InvalidArgumentError("problem " + std::to_string(p) + " is not a problem of incident " + std::to_string(incident));
    names.push_back(it->name);
  }
  if (moving.size() == all->size())
    return base::InvalidArgumentError("every problem of incident " + std::to_string(incident) + " would move: nothing would be left to split from");
  // Issuers of the moving and of the staying certificates: a halt by issuer
  // DN moves when only moving certificates are of its issuer.
  std::set<std::string> moving_issuers, staying_issuers;
  {
    Stmt s(db_, "SELECT DISTINCT problem_id, issuer FROM certificate c JOIN problem p ON p.id = c.problem_id WHERE p.incident_id = ?");
    s.Bind(1, incident);
    while (s.Step() == SQLITE_ROW) (moving.count(s.Int(0)) ? moving_issuers : staying_issuers).insert(s.Text(1));
  }
  // A delayed-revocation plan names certificates under the incident's delay
  // incident; moving a planned certificate would orphan its plan.
  {
    Stmt s(db_, "SELECT d.incident_id, count(*) FROM delay_plan d JOIN incident x ON x.id = d.incident_id "
                "JOIN certificate c ON c.sha256 = d.sha256 JOIN problem p ON p.id = c.problem_id "
                "WHERE x.parent_id = ?1 AND p.incident_id = ?1 AND p.id IN (SELECT value FROM json_each(?2)) GROUP BY d.incident_id");
    std::string ids = "[";
    for (int64_t p : moving) ids += (ids.size() > 1 ? "," : "") + std::to_string(p);
    s.Bind(1, incident).Bind(2, ids + "]");
    if (s.Step() == SQLITE_ROW)
      return base::InvalidArgumentError(std::to_string(s.Int(1)) + " certificate(s) of these problems are planned in delayed-revocation incident " +
                     std::to_string(s.Int(0)) + "; split before planning their delayed revocation");
  }
  auto halts = Halts(incident, false);
  CAIR_RETURN_IF_ERROR(halts);
  return InTransaction<SplitResult>(db_, [&]() -> R {
    // Req §4.3 item 2: a distinct root cause and/or remediation is its own
    // report. The CA was aware of these problems when it became aware of the
    // original incident: by default the new one keeps that awareness (and
    // any problem report), so no revocation deadline moves (req §1.4).
    const Incident& o = *in;
    Incident n;
    n.title = title.empty() ? WithOwner(TitleParts(o).first, names.size() == 1 ? names[0] : "Split from incident " + std::to_string(incident))
                            : title;
    n.ca_owner = o.ca_owner;
    n.ccadb_id = o.ccadb_id;
    n.source = o.source;
    n.reporter = o.reporter;
    n.kind = o.kind;
    n.aware_at = aware_at.value_or(o.aware_at);
    n.problem_report_at = aware_at ? std::nullopt : o.problem_report_at;
    auto id = InsertIncident(db_, n, now);
    if (!id) return DbError(db_, "split: new incident");
    if (n.problem_report_at && !AddTimelineRow(db_, *id, *n.problem_report_at, "Certificate Problem Report received", "cair"))
      return DbError(db_, "timeline");
    SplitResult r;
    r.incident = *id;
    Stmt move(db_, "UPDATE problem SET incident_id = ? WHERE id = ?");
    Stmt count(db_, "SELECT count(*) FROM certificate INDEXED BY certificate_problem WHERE problem_id = ?");
    for (int64_t p : moving) {
      move.Reset();
      if (move.Bind(1, *id).Bind(2, p).Step() != SQLITE_DONE) return DbError(db_, "split: move problem");
      count.Reset();
      if (count.Bind(1, p).Step() == SQLITE_ROW) r.certificates += count.Int(0);
    }
    Stmt mh(db_, "UPDATE halt SET incident_id = ? WHERE id = ?");
    for (const Halt& h : *halts) {
      if (h.issuer_subject.empty() || !moving_issuers.count(h.issuer_subject) || staying_issuers.count(h.issuer_subject)) continue;
      mh.Reset();
      if (mh.Bind(1, *id).Bind(2, h.id).Step() != SQLITE_DONE) return DbError(db_, "split: move halt");
      r.halts_moved.push_back(h.id);
    }
    std::string halts_text;
    for (int64_t h : r.halts_moved) halts_text += (halts_text.empty() ? "" : ", ") + std::to_string(h);
    const std::string what = "problem(s) " + Quoted(names) + " with " + std::to_string(r.certificates) +
                             " certificate(s) and their revocation state" +
                             (halts_text.empty() ? "" : ", halt(s) " + halts_text);
    if (!InsertLink(db_, *id, incident, "split", now) ||
        !AddTimelineRow(db_, incident, now,
                        "Split: " + what + " moved to incident " + std::to_string(*id) +
                            " (a distinct root cause and/or remediation, CCADB IRG 4.3)", "cair") ||
        !AddTimelineRow(db_, *id, now, "Split from incident " + std::to_string(incident) + ": " + what, "cair"))
      return DbError(db_, "split: timeline");
    return r;
  });
}

StatusOr<std::vector<int64_t>> Store::ImportAuditFindings(const std::vector<AuditFinding>& findings, const std::string& ca_owner,
                                                        const std::string& ccadb_id, std::optional<int64_t> aware_at, int64_t now) {
  using R = StatusOr<std::vector<int64_t>>;
  if (findings.empty()) return base::InvalidArgumentError("the statement lists no finding");
  for (size_t i = 0; i < findings.size(); ++i) {
    const AuditFinding& f = findings[i];
    const std::string which = "finding " + std::to_string(i + 1);
    if (f.finding.empty()) return base::InvalidArgumentError(which + ": the finding text is empty");
    if (f.auditor.empty()) return base::InvalidArgumentError(which + ": auditor is empty");
    if (f.period.empty()) return base::InvalidArgumentError(which + ": period is empty");
    if (!f.statement_date) return base::InvalidArgumentError(which + ": statement date is missing");
    if (std::find(std::begin(kAuditTypes), std::end(kAuditTypes), f.type) == std::end(kAuditTypes))
      return base::InvalidArgumentError(which + ": type \"" + f.type + "\" is not one of qualification, adverse, other-matter, non-conformity");
  }
  return InTransaction<std::vector<int64_t>>(db_, [&]() -> R {
    std::vector<int64_t> ids;
    Stmt af(db_, "INSERT INTO audit_finding (incident_id, finding, criterion, auditor, period, type, statement_date) "
                 "VALUES (?,?,?,?,?,?,?)");
    Stmt seen(db_, "SELECT incident_id FROM audit_finding WHERE auditor = ? AND period = ? AND finding = ?");
    Stmt nar(db_, "INSERT INTO narrative (incident_id, field, text) VALUES (?, ?, ?)");
    for (size_t i = 0; i < findings.size(); ++i) {
      const AuditFinding& f = findings[i];
      seen.Reset();
      seen.Bind(1, f.auditor).Bind(2, f.period).Bind(3, f.finding);
      if (seen.Step() == SQLITE_ROW)
        return base::FailedPreconditionError("finding " + std::to_string(i + 1) + " (\"" + f.finding + "\") was already imported as incident " +
                       std::to_string(seen.Int(0)) + "; nothing was imported");
      // Req §4.1: each audit finding is the subject of an incident report;
      // §4.8: Source of incident disclosure "Audit"; §4.4: 72 h from when
      // the CA became aware (at the latest, the statement's date).
      Incident in;
      std::string short_text = f.finding.size() > 80 ? f.finding.substr(0, 77) + "..." : f.finding;
      in.title = WithOwner(ca_owner, "Audit finding (" + f.period + "): " + short_text);
      in.ca_owner = ca_owner;
      in.ccadb_id = ccadb_id;
      in.source = "audit";
      in.reporter = f.auditor;
      in.kind = "audit-finding";
      in.aware_at = aware_at.value_or(f.statement_date);
      auto id = InsertIncident(db_, in, now);
      if (!id) return DbError(db_, "audit finding " + std::to_string(i + 1));
      af.Reset();
      af.Bind(1, *id).Bind(2, f.finding).Bind(3, f.criterion).Bind(4, f.auditor).Bind(5, f.period).Bind(6, f.type)
          .Bind(7, f.statement_date);
      if (af.Step() != SQLITE_DONE) return DbError(db_, "audit finding " + std::to_string(i + 1));
      for (auto [field, text] : {std::pair<std::string, std::string>{"description", f.finding}, {"policies", f.criterion}}) {
        if (text.empty()) continue;
        nar.Reset();
        if (nar.Bind(1, *id).Bind(2, field).Bind(3, text).Step() != SQLITE_DONE) return DbError(db_, "narrative");
      }
      if (!AddTimelineRow(db_, *id, f.statement_date,
                          "Audit statement by " + f.auditor + " for " + f.period + " lists this finding (" + f.type + ")" +
                              (f.criterion.empty() ? "" : ": " + f.criterion), "cair"))
        return DbError(db_, "timeline");
      ids.push_back(*id);
    }
    // Findings of one statement (auditor and period) name each other.
    for (size_t a = 0; a < ids.size(); ++a)
      for (size_t b = a + 1; b < ids.size(); ++b)
        if (findings[a].auditor == findings[b].auditor && findings[a].period == findings[b].period &&
            !InsertLink(db_, ids[b], ids[a], "audit-statement", now))
          return DbError(db_, "audit link");
    return ids;
  });
}

StatusOr<std::optional<AuditFinding>> Store::GetAuditFinding(int64_t incident) {
  Stmt s(db_, "SELECT finding, criterion, auditor, period, type, statement_date FROM audit_finding WHERE incident_id = ?");
  s.Bind(1, incident);
  if (s.Step() != SQLITE_ROW) return std::optional<AuditFinding>{};
  return AuditFinding{s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Text(4), s.Int(5)};
}

StatusOr<std::vector<int64_t>> Store::AddDelayObligations(int64_t delay_incident, const DelayObligations& o, int64_t now) {
  using R = StatusOr<std::vector<int64_t>>;
  auto in = GetIncident(delay_incident);
  CAIR_RETURN_IF_ERROR(in);
  if (in->kind != "revocation-delay")
    return base::InvalidArgumentError("incident " + std::to_string(delay_incident) + " is not a delayed-revocation incident");
  const std::string n = std::to_string(delay_incident);
  const std::string cause = "Revocation deadline missed (BR 4.9.1.1; MRSP 6.1.3)";
  // The delayed-revocation report is due 72 h after awareness (req §4.4);
  // what it must carry is due with it.
  const int64_t report_due = FirstDisclosureDue(in->aware_at);
  std::vector<ActionItem> items;
  for (const auto& p : o.root_programs)
    items.push_back({0, delay_incident, "Notify the " + p + " root program of the delayed revocation (incident " + n + ")",
                     "Mitigate", cause, "Notification to " + p + " sent and dated in the timeline", report_due});
  // Req §3.4: every delayed-revocation incident MUST appear as a finding in
  // the next TLS BR audit statement.
  items.push_back({0, delay_incident, "Have the auditor list this delayed revocation as a finding in the next audit statement",
                   "Detect", cause, "The next TLS BR audit statement lists incident " + n + " as a finding (MRSP 6.1.3)",
                   o.audit_due});
  // Req §3.4 / §4.7: the delay explained per subscriber, with substantiated
  // third-party harm.
  items.push_back({0, delay_incident, "Record the per-subscriber rationale for every delayed certificate",
                   "Mitigate", cause,
                   "Every delayed certificate has a subscriber, a substantiated rationale and a planned date (cair delayed plan); "
                   "the report lists them", report_due});
  return InTransaction<std::vector<int64_t>>(db_, [&]() -> R {
    std::vector<int64_t> ids;
    for (const ActionItem& a : items) {  // status: Ongoing
      if (!InsertActionItem(db_, a.incident_id, a, now)) return DbError(db_, "obligation");
      ids.push_back(sqlite3_last_insert_rowid(db_));
    }
    std::string programs;
    for (const auto& p : o.root_programs) programs += (programs.empty() ? "" : ", ") + p;
    if (!AddTimelineRow(db_, delay_incident, now,
                        "Delayed-revocation obligations recorded as action items: " +
                            (programs.empty() ? std::string("no other root program configured") : "notify " + programs) +
                            "; audit-statement finding; per-subscriber rationale (MRSP 6.1.3)", "cair"))
      return DbError(db_, "timeline");
    return ids;
  });
}

}  // namespace cair::incident
