// File: incident/problem_reports.cc
// Certificate Problem Reports (BR 4.9.3 intake, 4.9.5 processing time; req
// §2.2-§2.3): received, answered with the preliminary report to Subscriber
// and reporter within 24 hours, or late. A late one is a reportable failure
// of its own (req §2.3: Bugzilla 1994454, "Failure to reply to Certificate
// Problem Reports within 24 hours"; req §4.1, §8 item 13) and opens its
// incident, whose timeline records what happened to the report.
// Schema: migration 13 in store.cc.
#include <sqlite3.h>

#include <sstream>

#include "incident/rules.h"
#include "incident/sqlite_util.h"
#include "incident/store.h"

namespace cair::incident {

using namespace internal;

namespace {

std::string JoinCerts(const std::vector<std::string>& certs) {
  std::string out;
  for (const auto& c : certs) out += (out.empty() ? "" : " ") + c;
  return out;
}

std::vector<std::string> SplitCerts(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

constexpr const char* kColumns = "id, received_at, reporter, certs, text, responded_at, response, incident_id, created_at";

ProblemReport Row(Stmt& s) {
  ProblemReport r;
  r.id = s.Int(0);
  r.received_at = s.Int(1);
  r.reporter = s.Text(2);
  r.certs = SplitCerts(s.Text(3));
  r.text = s.Text(4);
  r.responded_at = s.OptInt(5);
  r.response = s.Text(6);
  r.incident_id = s.OptInt(7);
  r.created_at = s.Int(8);
  return r;
}


}  // namespace

StatusOr<int64_t> Store::AddProblemReport(const ProblemReport& r, int64_t now) {
  using R = StatusOr<int64_t>;
  if (r.reporter.empty()) return base::InvalidArgumentError("--reporter: who filed the report is required (BR 4.9.5: the preliminary report goes to them)");
  if (r.text.empty()) return base::InvalidArgumentError("--text: the report's content is required");
  if (r.received_at > now) return base::InvalidArgumentError("--received-at " + FormatRfc3339(r.received_at) + " is in the future (now " + FormatRfc3339(now) + ")");
  return InTransaction<int64_t>(db_, [&]() -> R {
    Stmt s(db_, "INSERT INTO problem_report (received_at, reporter, certs, text, created_at) VALUES (?,?,?,?,?)");
    s.Bind(1, r.received_at).Bind(2, r.reporter).Bind(3, JoinCerts(r.certs)).Bind(4, r.text).Bind(5, now);
    if (s.Step() != SQLITE_DONE) return DbError(db_, "add problem report");
    return sqlite3_last_insert_rowid(db_);
  });
}

StatusOr<ProblemReport> Store::GetProblemReport(int64_t id) {
  Stmt s(db_, (std::string("SELECT ") + kColumns + " FROM problem_report WHERE id = ?").c_str());
  s.Bind(1, id);
  CAIR_RETURN_IF_ERROR(RowOrNotFound(db_, s.Step(), "no problem report " + std::to_string(id)));
  return Row(s);
}

StatusOr<std::vector<ProblemReport>> Store::ProblemReports(bool open_only) {
  Stmt s(db_, (std::string("SELECT ") + kColumns + " FROM problem_report" +
               (open_only ? " WHERE responded_at IS NULL" : "") + " ORDER BY received_at, id").c_str());
  std::vector<ProblemReport> out;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) out.push_back(Row(s));
  if (rc != SQLITE_DONE) return DbError(db_, "problem reports");
  return out;
}

StatusOr<bool> Store::RespondProblemReport(int64_t id, int64_t at, const std::string& response) {
  using R = StatusOr<bool>;
  auto r = GetProblemReport(id);
  CAIR_RETURN_IF_ERROR(r);
  if (r->responded_at)
    return base::FailedPreconditionError("problem report " + std::to_string(id) + " was already answered at " + FormatRfc3339(*r->responded_at));
  if (at < r->received_at)
    return base::InvalidArgumentError("--at " + FormatRfc3339(at) + " is before the report was received (" + FormatRfc3339(r->received_at) + ")");
  return InTransaction<bool>(db_, [&]() -> R {
    Stmt s(db_, "UPDATE problem_report SET responded_at = ?, response = ? WHERE id = ?");
    if (s.Bind(1, at).Bind(2, response).Bind(3, id).Step() != SQLITE_DONE) return DbError(db_, "respond");
    if (r->incident_id) {
      const bool late = ProblemReportLate(r->received_at, at, at);
      if (!AddTimelineRow(db_, *r->incident_id, at,
                          "Preliminary report on Certificate Problem Report " + std::to_string(id) + " sent to the Subscriber and the reporter" +
                              (late ? " (late: due " + FormatMinute(ProblemReportResponseDue(r->received_at)) + ")" : ""),
                          "cair"))
        return DbError(db_, "timeline");
    }
    return true;
  });
}

StatusOr<int64_t> Store::OpenProblemReportIncident(int64_t id, const Incident& in, int64_t now) {
  using R = StatusOr<int64_t>;
  auto got = GetProblemReport(id);
  CAIR_RETURN_IF_ERROR(got);
  const ProblemReport& r = *got;
  if (r.incident_id)
    return base::FailedPreconditionError("problem report " + std::to_string(id) + " already opened incident " + std::to_string(*r.incident_id));
  const int64_t due = ProblemReportResponseDue(r.received_at);
  if (!ProblemReportLate(r.received_at, r.responded_at, now))
    return base::InvalidArgumentError("problem report " + std::to_string(id) + (r.responded_at ? " was answered" : " is still") +
                   " within its 24 hours (due " + FormatRfc3339(due) + "): no failure to report (BR 4.9.5)");
  return InTransaction<int64_t>(db_, [&]() -> R {
    Stmt s(db_, "INSERT INTO incident (title, ca_owner, ccadb_id, source, reporter, aware_at, kind, status, created_at) "
                "VALUES (?,?,?,?,?,?,?,'open',?)");
    s.Bind(1, in.title).Bind(2, in.ca_owner).Bind(3, in.ccadb_id).Bind(4, in.source).Bind(5, in.reporter).Bind(6, in.aware_at)
        .Bind(7, in.kind).Bind(8, now);
    if (s.Step() != SQLITE_DONE) return DbError(db_, "open incident");
    const int64_t incident = sqlite3_last_insert_rowid(db_);
    const std::string cpr = "Certificate Problem Report " + std::to_string(id);
    std::string about = r.certs.empty() ? "" : " about " + std::to_string(r.certs.size()) + " certificate(s)";
    // The reporter is not named: a third party's name is disclosed only with
    // their consent (CCADB IRG, req §4.2).
    struct Entry {
      int64_t at;
      std::string text;
    };
    std::vector<Entry> entries = {
        {r.received_at, cpr + " received" + about},
        {due, "24 hours passed without a preliminary report to the Subscriber and reporter (BR 4.9.5)"},
        {in.aware_at, "CA became aware of the failure to answer " + cpr + " in time (incident opened in cair)"}};
    if (r.responded_at)
      entries.push_back({*r.responded_at, "Preliminary report on " + cpr + " sent to the Subscriber and the reporter (late)"});
    for (const auto& e : entries)
      if (!AddTimelineRow(db_, incident, e.at, e.text, "cair")) return DbError(db_, "timeline");
    Stmt link(db_, "UPDATE problem_report SET incident_id = ? WHERE id = ?");
    if (link.Bind(1, incident).Bind(2, id).Step() != SQLITE_DONE) return DbError(db_, "link problem report");
    return incident;
  });
}

StatusOr<bool> Store::ProblemReportClocks(int64_t now, std::vector<Clock>* out) {
  // Unanswered reports, and late ones whose failure has no incident yet.
  Stmt s(db_, (std::string("SELECT ") + kColumns +
               " FROM problem_report WHERE responded_at IS NULL OR (incident_id IS NULL AND responded_at > received_at + ?)"
               " ORDER BY received_at, id").c_str());
  s.Bind(1, ProblemReportResponseDue(0));
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    const ProblemReport r = Row(s);
    const std::string who = "Certificate Problem Report " + std::to_string(r.id) + " from " + r.reporter;
    auto add = [&](const char* clock, int64_t started, int64_t due, std::string detail) {
      Clock c{r.incident_id.value_or(0), clock, started, due, ClockStateName(StateAt(now, started, due)), std::move(detail)};
      c.problem_report = r.id;
      out->push_back(std::move(c));
    };
    if (!r.responded_at)
      add("problem_report_response", r.received_at, ProblemReportResponseDue(r.received_at),
          who + ": preliminary report to Subscriber and reporter (BR 4.9.5, 24 h)");
    // Req §2.3: answering late is itself an incident; disclose it like any
    // other (IRG 4.4, 72 h), counted from the moment the 24 hours passed.
    if (!r.incident_id && ProblemReportLate(r.received_at, r.responded_at, now))
      add("problem_report_failure", ProblemReportResponseDue(r.received_at), ProblemReportFailureDisclosureDue(r.received_at),
          who + " was not answered within 24 hours: a reportable failure (BR 4.9.5); open its incident "
                "(cair problem-report open-incident " + std::to_string(r.id) + ") and disclose it (CCADB IRG 4.4, 72 h)");
  }
  if (rc != SQLITE_DONE) return DbError(db_, "problem report clocks");
  return true;
}

}  // namespace cair::incident
