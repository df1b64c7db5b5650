// The store's half of `cair monitor` (migration 10): CRL versions with their
// entries as one blob, and monitor findings with the incident they belong
// to. The monitor library decides what a finding is; this file keeps them.
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

constexpr char kVersionColumns[] =
    "id, issuer, scope_key, scope, number_hex, this_update, next_update, delta, ca_crl, sha256, origin, url, "
    "observed_at, entry_count";
constexpr char kFindingColumns[] =
    "id, kind, severity, issuer, serial, crl_number, url, request, first_seen, last_seen, detail, rule, "
    "expiry_unknown, incident_id";

CrlVersion ReadVersion(Stmt& s) {
  CrlVersion v;
  v.id = s.Int(0);
  v.issuer = s.Text(1);
  v.scope_key = s.Text(2);
  v.scope = s.Text(3);
  v.number_hex = s.Text(4);
  v.this_update = s.Int(5);
  v.next_update = s.OptInt(6);
  v.delta = s.Int(7) != 0;
  v.ca_crl = s.Int(8) != 0;
  v.sha256_hex = s.Text(9);
  v.origin = s.Text(10);
  v.url = s.Text(11);
  v.observed_at = s.Int(12);
  v.entry_count = s.Int(13);
  return v;
}

MonitorFindingRow ReadFinding(Stmt& s) {
  MonitorFindingRow f;
  f.id = s.Int(0);
  f.kind = s.Text(1);
  f.severity = s.Text(2);
  f.issuer = s.Text(3);
  f.serial = s.Text(4);
  f.crl_number = s.Text(5);
  f.url = s.Text(6);
  f.request = s.Text(7);
  f.first_seen = s.Int(8);
  f.last_seen = s.Int(9);
  f.detail = s.Text(10);
  f.rule = s.Text(11);
  f.expiry_unknown = s.Int(12) != 0;
  f.incident_id = s.OptInt(13);
  return f;
}

int SeverityRank(const std::string& s) { return s == "error" ? 2 : s == "warning" ? 1 : 0; }

}  // namespace

StatusOr<std::pair<int64_t, bool>> Store::AddCrlVersion(const CrlVersion& v, const std::string& entries) {
  using R = StatusOr<std::pair<int64_t, bool>>;
  return InTransaction<std::pair<int64_t, bool>>(db_, [&]() -> R {
    Stmt find(db_, "SELECT id FROM crl_version WHERE issuer = ? AND scope_key = ? AND sha256 = ?");
    if (find.Bind(1, v.issuer).Bind(2, v.scope_key).Bind(3, v.sha256_hex).Step() == SQLITE_ROW)
      return std::make_pair(find.Int(0), false);
    Stmt s(db_, "INSERT INTO crl_version (issuer, scope_key, scope, number_hex, this_update, next_update, delta, ca_crl, "
                "sha256, origin, url, observed_at, entry_count, entries) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    s.Bind(1, v.issuer).Bind(2, v.scope_key).Bind(3, v.scope).Bind(4, v.number_hex).Bind(5, v.this_update)
        .Bind(6, v.next_update).Bind(7, int64_t{v.delta}).Bind(8, int64_t{v.ca_crl}).Bind(9, v.sha256_hex)
        .Bind(10, v.origin).Bind(11, v.url).Bind(12, v.observed_at).Bind(13, v.entry_count).BindBlob(14, entries);
    if (s.Step() != SQLITE_DONE) return DbError(db_, "record CRL version");
    return std::make_pair(sqlite3_last_insert_rowid(db_), true);
  });
}

StatusOr<std::vector<CrlVersion>> Store::CrlVersions(const std::string& issuer, const std::string& scope_key) {
  Stmt s(db_, (std::string("SELECT ") + kVersionColumns + " FROM crl_version WHERE issuer = ? AND scope_key = ? ORDER BY id").c_str());
  s.Bind(1, issuer).Bind(2, scope_key);
  std::vector<CrlVersion> out;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) out.push_back(ReadVersion(s));
  if (rc != SQLITE_DONE) return DbError(db_, "CRL versions");
  return out;
}

StatusOr<std::string> Store::CrlEntries(int64_t version) {
  Stmt s(db_, "SELECT entries FROM crl_version WHERE id = ?");
  s.Bind(1, version);
  CAIR_RETURN_IF_ERROR(RowOrNotFound(db_, s.Step(), "no CRL version " + std::to_string(version)));
  return s.Blob(0);
}

StatusOr<std::optional<std::pair<int64_t, bool>>> Store::CertificateExpiry(const std::string& issuer, const std::string& serial_hex) {
  using V = std::optional<std::pair<int64_t, bool>>;
  Stmt s(db_, "SELECT c.not_after, p.ca FROM certificate c JOIN problem p ON p.id = c.problem_id "
              "WHERE c.serial = ? AND c.issuer = ? LIMIT 1");
  s.Bind(1, serial_hex).Bind(2, issuer);
  int rc = s.Step();
  if (rc == SQLITE_ROW) return V(std::make_pair(s.Int(0), s.Int(1) != 0));
  if (rc != SQLITE_DONE) return DbError(db_, "certificate expiry");
  return V();
}

StatusOr<std::vector<int64_t>> Store::RecordMonitorFindings(const std::vector<MonitorFindingRow>& rows) {
  using R = StatusOr<std::vector<int64_t>>;
  for (const auto& r : rows)
    if (r.incident_id && !GetIncident(*r.incident_id).ok()) return base::NotFoundError("no incident " + std::to_string(*r.incident_id));
  return InTransaction<std::vector<int64_t>>(db_, [&]() -> R {
    Stmt s(db_, "INSERT INTO monitor_finding (kind, severity, issuer, serial, crl_number, url, request, first_seen, last_seen, "
                "detail, rule, expiry_unknown, incident_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) "
                "ON CONFLICT (kind, issuer, serial, crl_number, url, request) DO UPDATE SET "
                "first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen), "
                "severity = excluded.severity, detail = excluded.detail, expiry_unknown = excluded.expiry_unknown, "
                "incident_id = coalesce(incident_id, excluded.incident_id) RETURNING id");
    std::vector<int64_t> ids;
    for (const auto& r : rows) {
      s.Reset();
      s.Bind(1, r.kind).Bind(2, r.severity).Bind(3, r.issuer).Bind(4, r.serial).Bind(5, r.crl_number).Bind(6, r.url)
          .Bind(7, r.request).Bind(8, r.first_seen).Bind(9, r.last_seen).Bind(10, r.detail).Bind(11, r.rule)
          .Bind(12, int64_t{r.expiry_unknown}).Bind(13, r.incident_id);
      if (s.Step() != SQLITE_ROW) return DbError(db_, "record finding");
      ids.push_back(s.Int(0));
      if (s.Step() != SQLITE_DONE) return DbError(db_, "record finding");
    }
    return ids;
  });
}

StatusOr<int64_t> Store::AttachMonitorFindings(int64_t incident, const std::vector<int64_t>& ids, int64_t now) {
  CAIR_RETURN_IF_ERROR(GetIncident(incident));
  return InTransaction<int64_t>(db_, [&]() -> StatusOr<int64_t> {
    Stmt s(db_, "UPDATE monitor_finding SET incident_id = ? WHERE id = ? AND (incident_id IS NULL OR incident_id = ?) "
                "RETURNING kind, first_seen");
    std::map<std::string, std::pair<int64_t, int64_t>> by_kind;  // kind -> (count, first seen)
    int64_t attached = 0;
    for (int64_t id : ids) {
      s.Reset();
      s.Bind(1, incident).Bind(2, id).Bind(3, incident);
      int rc = s.Step();
      if (rc == SQLITE_ROW) {
        auto& k = by_kind.try_emplace(s.Text(0), 0, s.Int(1)).first->second;
        ++k.first;
        k.second = std::min(k.second, s.Int(1));
        ++attached;
        rc = s.Step();
      }
      if (rc != SQLITE_DONE) return DbError(db_, "attach finding");
    }
    for (const auto& [kind, k] : by_kind)
      if (!AddTimelineRow(db_, incident, now,
                          "Monitor finding(s) attached: " + std::to_string(k.first) + " " + kind + " (first observed " +
                              FormatRfc3339(k.second) + ")",
                          "cair"))
        return DbError(db_, "timeline");
    return attached;
  });
}

StatusOr<std::vector<MonitorFindingRow>> Store::MonitorFindings(std::optional<int64_t> incident, bool unattached_only) {
  std::string sql = std::string("SELECT ") + kFindingColumns + " FROM monitor_finding";
  if (incident) sql += " WHERE incident_id = ?";
  else if (unattached_only) sql += " WHERE incident_id IS NULL";
  sql += " ORDER BY kind, first_seen, id";
  Stmt s(db_, sql.c_str());
  if (incident) s.Bind(1, *incident);
  std::vector<MonitorFindingRow> out;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) out.push_back(ReadFinding(s));
  if (rc != SQLITE_DONE) return DbError(db_, "monitor findings");
  return out;
}

StatusOr<std::vector<MonitorProblem>> Store::MonitorProblems(int64_t incident) {
  auto rows = MonitorFindings(incident, false);
  CAIR_RETURN_IF_ERROR(rows);
  std::vector<MonitorProblem> out;
  std::set<std::string> affected, issuers, urls;
  auto close = [&] {
    if (out.empty()) return;
    auto& p = out.back();
    p.affected = static_cast<int64_t>(affected.size());
    p.issuers.assign(issuers.begin(), issuers.end());
    p.urls.assign(urls.begin(), urls.end());
    affected.clear();
    issuers.clear();
    urls.clear();
  };
  for (auto& r : *rows) {  // ordered by kind
    if (out.empty() || out.back().kind != r.kind) {
      close();
      MonitorProblem p;
      p.kind = r.kind;
      p.severity = r.severity;
      p.rule = r.rule;
      p.first_seen = r.first_seen;
      p.last_seen = r.last_seen;
      p.affected_unit = !r.serial.empty() ? "serials" : !r.request.empty() ? "requests" : "CRL versions";
      out.push_back(std::move(p));
    }
    auto& p = out.back();
    ++p.findings;
    if (SeverityRank(r.severity) > SeverityRank(p.severity)) p.severity = r.severity;
    if (p.rule.find(r.rule) == std::string::npos) p.rule += "; " + r.rule;
    p.first_seen = std::min(p.first_seen, r.first_seen);
    p.last_seen = std::max(p.last_seen, r.last_seen);
    affected.insert(p.affected_unit == "serials"    ? r.issuer + "|" + r.serial
                    : p.affected_unit == "requests" ? r.request
                                                    : r.issuer + "|" + r.crl_number + "|" + r.url);
    if (!r.issuer.empty()) issuers.insert(r.issuer);
    if (!r.url.empty()) urls.insert(r.url);
    p.rows.push_back(std::move(r));
  }
  close();
  return out;
}

}  // namespace cair::incident
