// The store's half of `cair monitor run` (migration 11): one row per CRL
// download and per responder and round, and the health each CRL URL and
// responder shows now (the "Revocation health" page and the metrics of
// `cair serve`).
#include <sqlite3.h>

#include "incident/sqlite_util.h"
#include "incident/store.h"

namespace cair::incident {

using namespace internal;

namespace {

#define CAIR_OBSERVATION_COLUMNS                                                                            \
  "id, kind, issuer, url, observed_at, requests, failures, seconds_total, seconds_max, detail, crl_this_update, " \
  "crl_next_update, crl_number"

MonitorObservation ReadObservation(Stmt& s) {
  MonitorObservation o;
  o.id = s.Int(0);
  o.kind = s.Text(1);
  o.issuer = s.Text(2);
  o.url = s.Text(3);
  o.observed_at = s.Int(4);
  o.requests = s.Int(5);
  o.failures = s.Int(6);
  o.seconds_total = s.Double(7);
  o.seconds_max = s.Double(8);
  o.detail = s.Text(9);
  o.crl_this_update = s.OptInt(10);
  o.crl_next_update = s.OptInt(11);
  o.crl_number = s.Text(12);
  return o;
}

}  // namespace

StatusOr<bool> Store::AddMonitorObservations(const std::vector<MonitorObservation>& rows) {
  return InTransaction<bool>(db_, [&]() -> StatusOr<bool> {
    Stmt s(db_, "INSERT INTO monitor_observation (kind, issuer, url, observed_at, requests, failures, seconds_total, "
                "seconds_max, detail, crl_this_update, crl_next_update, crl_number) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    for (const auto& o : rows) {
      s.Reset();
      s.Bind(1, o.kind).Bind(2, o.issuer).Bind(3, o.url).Bind(4, o.observed_at).Bind(5, o.requests).Bind(6, o.failures)
          .BindDouble(7, o.seconds_total).BindDouble(8, o.seconds_max).Bind(9, o.detail).Bind(10, o.crl_this_update)
          .Bind(11, o.crl_next_update).Bind(12, o.crl_number);
      if (s.Step() != SQLITE_DONE) return DbError(db_, "record observation");
    }
    return true;
  });
}

StatusOr<std::vector<MonitorEndpoint>> Store::MonitorEndpoints() {
  // The latest observation of each (kind, issuer, URL), and the latest that
  // succeeded (a CRL read; a round with at least one OCSP answer).
  Stmt s(db_, "SELECT " CAIR_OBSERVATION_COLUMNS " FROM monitor_observation o WHERE id = (SELECT max(id) FROM "
              "monitor_observation WHERE kind = o.kind AND issuer = o.issuer AND url = o.url) ORDER BY issuer, kind, url");
  std::vector<MonitorEndpoint> out;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) out.push_back({ReadObservation(s), std::nullopt});
  if (rc != SQLITE_DONE) return DbError(db_, "monitor endpoints");
  Stmt ok(db_, "SELECT " CAIR_OBSERVATION_COLUMNS " FROM monitor_observation WHERE kind = ? AND issuer = ? AND url = ? "
               "AND failures < requests ORDER BY id DESC LIMIT 1");
  for (auto& e : out) {
    ok.Reset();
    ok.Bind(1, e.latest.kind).Bind(2, e.latest.issuer).Bind(3, e.latest.url);
    rc = ok.Step();
    if (rc == SQLITE_ROW) e.last_success = ReadObservation(ok);
    else if (rc != SQLITE_DONE) return DbError(db_, "monitor endpoints");
  }
  return out;
}

StatusOr<std::vector<MonitorFindingCount>> Store::MonitorFindingCounts() {
  Stmt s(db_, "SELECT issuer, kind, max(CASE severity WHEN 'error' THEN 2 WHEN 'warning' THEN 1 ELSE 0 END), count(*), "
              "sum(incident_id IS NULL), min(first_seen), max(last_seen) FROM monitor_finding GROUP BY issuer, kind "
              "ORDER BY issuer, kind");
  std::vector<MonitorFindingCount> out;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    MonitorFindingCount c;
    c.issuer = s.Text(0);
    c.kind = s.Text(1);
    c.severity = s.Int(2) == 2 ? "error" : s.Int(2) == 1 ? "warning" : "info";
    c.count = s.Int(3);
    c.unattached = s.Int(4);
    c.first_seen = s.Int(5);
    c.last_seen = s.Int(6);
    out.push_back(std::move(c));
  }
  if (rc != SQLITE_DONE) return DbError(db_, "monitor finding counts");
  return out;
}

}  // namespace cair::incident
