// Issue 18: an incident's certificates walked with memory flat in their
// number. Statistics are aggregate queries; listings are one prepared
// statement stepped row by row (SQLite sorts what needs sorting in its own
// bounded sorter, spilling to temporary files); the import inserts each
// certificate as the reader produces it, inside one transaction.
#include <sqlite3.h>

#include "incident/rules.h"
#include "incident/sqlite_util.h"
#include "incident/store.h"

namespace cair::incident {

using namespace internal;

namespace {

// The columns every listing reads, in ReadState's order.
constexpr const char* kStateColumns =
    "c.problem_id, c.sha256, c.serial, c.issuer, c.not_before, c.not_after, c.precertificate, c.tbs_key, "
    "p.br_reason, p.ca, r.revoked_at, r.crl_reason, r.reason_ok, c.subject, c.dns_names";

CertificateState ReadState(Stmt& s) {
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
  return c;
}

StatusOr<bool> StepAll(sqlite3* db, Stmt& s, const std::function<bool(const CertificateState&)>& fn) {
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW)
    if (!fn(ReadState(s))) return true;
  if (rc != SQLITE_DONE) return DbError(db, "certificates");
  return true;
}

// cair_short_lived(notBefore, notAfter): rules.h IsShortLived in SQL, so
// that the late filter of a scope is one WHERE clause.
void ShortLivedFn(sqlite3_context* ctx, int, sqlite3_value** v) {
  sqlite3_result_int(ctx, IsShortLived(sqlite3_value_int64(v[0]), sqlite3_value_int64(v[1])) ? 1 : 0);
}

void RegisterFunctions(sqlite3* db) {
  sqlite3_create_function(db, "cair_short_lived", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, ShortLivedFn, nullptr, nullptr);
}

// A scope's WHERE clause over `certificate c LEFT JOIN revocation r`, its
// parameters numbered from `n`: problem, late deadline (NULL: none), ca.
std::string ScopeWhere(int n) {
  const std::string p = "?" + std::to_string(n), d = "?" + std::to_string(n + 1), ca = "?" + std::to_string(n + 2);
  return "(c.problem_id = " + p + " AND (" + d + " IS NULL OR ((r.revoked_at IS NULL OR r.revoked_at > " + d +
         ") AND c.not_after > " + d + " AND (" + ca + " OR NOT cair_short_lived(c.not_before, c.not_after)))))";
}

void BindScope(Stmt& s, int n, const Store::CertificateScope& sc) {
  s.Bind(n, sc.problem).Bind(n + 1, sc.late_after).Bind(n + 2, int64_t{sc.ca});
}

}  // namespace

StatusOr<Store::ScopeTotals> Store::CertificateStatistics(const std::vector<CertificateScope>& scopes, int64_t now) {
  RegisterFunctions(db_);
  ScopeTotals t;
  // ?1: now; the scope from ?2.
  const std::string valid = "((r.revoked_at IS NULL OR r.revoked_at > ?1) AND c.not_after >= ?1)";
  Stmt s(db_, ("SELECT SUM(c.precertificate = 0), SUM(c.precertificate = 1), "
               "SUM(r.revoked_at IS NOT NULL AND r.revoked_at <= ?1), SUM(" + valid + "), "
               "MIN(c.not_before), MAX(c.not_before), MAX(r.revoked_at) "
               "FROM certificate c INDEXED BY certificate_problem LEFT JOIN revocation r ON r.cert = c.id WHERE " + ScopeWhere(2))
                  .c_str());
  for (const auto& sc : scopes) {
    s.Reset();
    s.Bind(1, now);
    BindScope(s, 2, sc);
    if (s.Step() != SQLITE_ROW) return DbError(db_, "certificate statistics");
    ScopeStats st;
    st.certificates = s.Int(0);
    st.precertificates = s.Int(1);
    st.revoked = s.Int(2);
    st.remaining_valid = s.Int(3);
    st.first_not_before = s.OptInt(4);
    st.last_not_before = s.OptInt(5);
    st.last_revoked_at = s.OptInt(6);
    t.per_scope.push_back(st);
  }
  if (scopes.size() <= 1) {  // within one problem a SHA-256 is unique (certificate_key)
    for (const auto& st : t.per_scope) {
      t.certificates = st.certificates;
      t.precertificates = st.precertificates;
    }
    if (!scopes.empty()) {
      Stmt v(db_, ("SELECT SUM(c.precertificate = 0), SUM(c.precertificate = 1) FROM certificate c INDEXED BY certificate_problem "
                   "LEFT JOIN revocation r ON r.cert = c.id WHERE " + ScopeWhere(2) + " AND " + valid).c_str());
      v.Bind(1, now);
      BindScope(v, 2, scopes[0]);
      if (v.Step() != SQLITE_ROW) return DbError(db_, "certificate statistics");
      t.valid_certificates = v.Int(0);
      t.valid_precertificates = v.Int(1);
    }
    return t;
  }
  std::string where;
  for (size_t i = 0; i < scopes.size(); ++i) where += (i ? " OR " : "") + ScopeWhere(2 + 3 * static_cast<int>(i));
  Stmt d(db_, ("SELECT c.precertificate, COUNT(DISTINCT c.sha256), COUNT(DISTINCT CASE WHEN " + valid +
               " THEN c.sha256 END) FROM certificate c LEFT JOIN revocation r ON r.cert = c.id WHERE " + where +
               " GROUP BY c.precertificate").c_str());
  d.Bind(1, now);
  for (size_t i = 0; i < scopes.size(); ++i) BindScope(d, 2 + 3 * static_cast<int>(i), scopes[i]);
  int rc;
  while ((rc = d.Step()) == SQLITE_ROW) {
    (d.Int(0) ? t.precertificates : t.certificates) = d.Int(1);
    (d.Int(0) ? t.valid_precertificates : t.valid_certificates) = d.Int(2);
  }
  if (rc != SQLITE_DONE) return DbError(db_, "certificate statistics");
  return t;
}

StatusOr<bool> Store::ForEachScopeCertificate(const CertificateScope& scope, const std::function<bool(const CertificateState&)>& fn,
                                            bool pair_by_tbs) {
  RegisterFunctions(db_);
  // Paired: the objects of one (notBefore, TBS key) group, a precertificate
  // and its certificate, sort together at the place of the first of them.
  const std::string order = pair_by_tbs ? " ORDER BY c.not_before, MIN(c.sha256) OVER (PARTITION BY c.not_before, "
                                          "CASE WHEN c.tbs_key = 0 THEN c.sha256 ELSE c.tbs_key END), c.sha256"
                                        : " ORDER BY c.not_before, c.sha256";
  Stmt s(db_, (std::string("SELECT ") + kStateColumns +
               " FROM certificate c INDEXED BY certificate_problem JOIN problem p ON p.id = c.problem_id "
               "LEFT JOIN revocation r ON r.cert = c.id WHERE " + ScopeWhere(1) + order).c_str());
  BindScope(s, 1, scope);
  return StepAll(db_, s, fn);
}

StatusOr<bool> Store::CertificatePage(int64_t incident, int64_t offset, int64_t limit,
                                    const std::function<bool(const CertificateState&)>& fn) {
  Stmt s(db_, (std::string("SELECT ") + kStateColumns +
               " FROM certificate c INDEXED BY certificate_problem JOIN problem p ON p.id = c.problem_id "
               "LEFT JOIN revocation r ON r.cert = c.id WHERE p.incident_id = ? "
               "ORDER BY c.problem_id, c.not_before, c.sha256 LIMIT ? OFFSET ?").c_str());
  s.Bind(1, incident).Bind(2, limit).Bind(3, offset);
  return StepAll(db_, s, fn);
}

StatusOr<bool> Store::ForEachCertificate(int64_t incident, const std::function<bool(const CertificateState&)>& fn) {
  return CertificatePage(incident, 0, -1, fn);  // LIMIT -1: no limit
}

StatusOr<int64_t> Store::ImportStreaming(
    const std::function<bool(const ImportSink& sink, IncidentBundle* rest, std::string* error)>& produce) {
  return InTransaction<int64_t>(db_, [&]() -> StatusOr<int64_t> {
    std::string error;
    auto fail = [this, &error](const std::string& what) {
      if (error.empty()) error = Err(db_, "import " + what);
      return false;
    };
    std::optional<int64_t> id;
    int64_t pid = 0;
    std::string problem_name;
    Stmt ii(db_, "INSERT INTO incident (title, ca_owner, ccadb_id, source, reporter, aware_at, problem_report_at, kind, "
                 "bug, status, parent_id, whiteboard_next_update, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Stmt pi(db_, "INSERT INTO problem (incident_id, name, lint, criterion, br_reason, ca) VALUES (?,?,?,?,?,?)");
    Stmt pu(db_, "UPDATE problem SET name = ?, lint = ?, criterion = ?, br_reason = ?, ca = ? WHERE id = ?");
    Stmt ci(db_, "INSERT INTO certificate (problem_id, sha256, serial, issuer, not_before, not_after, precertificate, tbs_key, "
                 "subject, dns_names) VALUES (?,?,?,?,?,?,?,?,?,?)");
    Stmt ri(db_, "INSERT INTO revocation (cert, revoked_at, crl_reason, reason_ok) VALUES (?,?,?,?)");
    ImportSink sink;
    sink.incident = [&](const Incident& in, std::string* e) {
      if (id) return *e = "the incident was given twice", false;
      std::optional<int64_t> parent;
      if (in.parent_id) {
        Stmt p(db_, "SELECT 1 FROM incident WHERE id = ?");
        if (p.Bind(1, *in.parent_id).Step() == SQLITE_ROW) parent = in.parent_id;
      }
      ii.Bind(1, in.title).Bind(2, in.ca_owner).Bind(3, in.ccadb_id).Bind(4, in.source).Bind(5, in.reporter)
          .Bind(6, in.aware_at).Bind(7, in.problem_report_at).Bind(8, in.kind).Bind(9, in.bug).Bind(10, in.status)
          .Bind(11, parent).Bind(12, in.whiteboard_next_update).Bind(13, in.created_at);
      if (ii.Step() != SQLITE_DONE) return fail("incident");
      id = sqlite3_last_insert_rowid(db_);
      return true;
    };
    auto bind_problem = [&](Stmt& s, int n, const Problem& p) {
      s.Bind(n, p.name).Bind(n + 1, p.lint).Bind(n + 2, p.criterion).Bind(n + 3, int64_t{p.br_reason}).Bind(n + 4, int64_t{p.ca});
    };
    sink.problem = [&](const Problem& p, std::string* e) {
      if (!id) return *e = "a problem came before the incident", false;
      pi.Reset();
      pi.Bind(1, *id);
      bind_problem(pi, 2, p);
      if (pi.Step() != SQLITE_DONE) return fail("problem");
      pid = sqlite3_last_insert_rowid(db_);
      problem_name = p.name;
      return true;
    };
    sink.problem_end = [&](const Problem& p, std::string* e) {
      if (!IsValidBrReason(p.br_reason)) return *e = "problem \"" + p.name + "\": reason must be 1-16", false;
      pu.Reset();
      bind_problem(pu, 1, p);
      pu.Bind(6, pid);
      if (pu.Step() != SQLITE_DONE) return fail("problem");
      if (p.smime) {  // by UPDATE only, as Store::AddProblemStreaming marks it (migration 13)
        Stmt mark(db_, "UPDATE problem SET smime = 1 WHERE id = ?");
        if (mark.Bind(1, pid).Step() != SQLITE_DONE) return fail("problem");
      }
      return true;
    };
    sink.certificate = [&](const CertificateState& c, std::string* e) {
      if (!pid) return *e = "a certificate came before its problem", false;
      ci.Reset();
      ci.Bind(1, pid).Bind(2, c.cert.sha256_hex).Bind(3, c.cert.serial_hex).Bind(4, c.cert.issuer).Bind(5, c.cert.not_before)
          .Bind(6, c.cert.not_after).Bind(7, int64_t{c.cert.precertificate}).Bind(8, static_cast<int64_t>(c.cert.tbs_key))
          .Bind(9, c.cert.subject).Bind(10, c.cert.dns_names);
      if (ci.Step() != SQLITE_DONE)
        return *e = "import: certificate " + c.cert.sha256_hex + " of problem \"" + problem_name + "\": " + sqlite3_errmsg(db_), false;
      if (c.revoked_at) {
        std::optional<int64_t> reason, ok;
        if (c.crl_reason) reason = *c.crl_reason;
        if (c.reason_ok) ok = int64_t{*c.reason_ok};
        ri.Reset();
        ri.Bind(1, sqlite3_last_insert_rowid(db_)).Bind(2, *c.revoked_at).Bind(3, reason).Bind(4, ok);
        if (ri.Step() != SQLITE_DONE) return fail("revocation");
      }
      return true;
    };
    IncidentBundle b;
    if (!produce(sink, &b, &error)) return base::InvalidArgumentError(error.empty() ? "import aborted" : error);
    if (!id) return base::NotFoundError("no incident to import");
    auto failed = [this](const char* what) { return DbError(db_, std::string("import ") + what); };
    for (const TimelineEntry& t : b.timeline)
      if (!AddTimelineRow(db_, *id, t.at, t.text, t.source)) return failed("timeline");
    for (const Halt& h : b.halts) {
      Stmt x(db_, "INSERT INTO halt (incident_id, issuer_ski, issuer_subject, profile, reason, halted_at, resumed_at, resume_evidence) "
                  "VALUES (?,?,?,?,?,?,?,?)");
      x.Bind(1, *id).Bind(2, h.issuer_ski).Bind(3, h.issuer_subject).Bind(4, h.profile).Bind(5, h.reason).Bind(6, h.halted_at)
          .Bind(7, h.resumed_at).Bind(8, h.resume_evidence);
      if (x.Step() != SQLITE_DONE) return failed("halt");
    }
    for (const ActionItem& a : b.action_items)
      if (!InsertActionItem(db_, *id, a, a.changed_at)) return failed("action item");
    for (const Question& q : b.questions) {
      Stmt x(db_, "INSERT INTO question (incident_id, text, asked_at, answered_at) VALUES (?,?,?,?)");
      if (x.Bind(1, *id).Bind(2, q.text).Bind(3, q.asked_at).Bind(4, q.answered_at).Step() != SQLITE_DONE) return failed("question");
    }
    for (const PostedUpdate& u : b.updates) {
      Stmt x(db_, "INSERT INTO posted_update (incident_id, posted_at, kind, text) VALUES (?,?,?,?)");
      if (x.Bind(1, *id).Bind(2, u.posted_at).Bind(3, u.kind).Bind(4, u.text).Step() != SQLITE_DONE) return failed("update");
    }
    for (const auto& [field, text] : b.narrative) {
      Stmt x(db_, "INSERT INTO narrative (incident_id, field, text) VALUES (?,?,?)");
      if (x.Bind(1, *id).Bind(2, field).Bind(3, text).Step() != SQLITE_DONE) return failed("narrative");
    }
    for (const DelayPlan& d : b.delay_plan) {
      Stmt x(db_, "INSERT INTO delay_plan (incident_id, sha256, subscriber, rationale, planned_at) VALUES (?,?,?,?,?)");
      if (x.Bind(1, *id).Bind(2, d.sha256_hex).Bind(3, d.subscriber).Bind(4, d.rationale).Bind(5, d.planned_at).Step() != SQLITE_DONE)
        return failed("delay plan");
    }
    return *id;
  });
}

}  // namespace cair::incident
