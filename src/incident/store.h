// File: incident/store.h
// The incident store: SQLite (WAL, synchronous=FULL, foreign keys), schema
// migrations, every change in one transaction. Errors are values (`Error`),
// never exceptions; nothing is reported as saved before its transaction
// committed.
#ifndef CAIR_INCIDENT_STORE_H_
#define CAIR_INCIDENT_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace cair::incident {

struct Error {
  std::string message;
};

// A failure or a value.
template <typename T>
struct Result {
  std::optional<T> value;
  Error error;
  bool ok() const { return value.has_value(); }
  static Result Fail(std::string m) { return Result{std::nullopt, Error{std::move(m)}}; }
};

struct Incident {
  int64_t id = 0;
  std::string title, ca_owner, ccadb_id, source = "self", reporter, kind = "misissuance", status = "open";
  int64_t aware_at = 0;
  std::optional<int64_t> problem_report_at;
  std::optional<int64_t> bug;
  std::optional<int64_t> parent_id;
  std::optional<int64_t> whiteboard_next_update;
  int64_t created_at = 0;
};

struct TimelineEntry {
  int64_t id = 0, incident_id = 0, at = 0;
  std::string text, source;  // source: "cair" for automatic entries, else who wrote it
};

struct Problem {
  int64_t id = 0, incident_id = 0;
  std::string name, lint, criterion;
  int br_reason = 12;
  bool ca = false;
};

struct AffectedCertificate {
  std::string sha256_hex;  // upper-case
  std::string serial_hex, issuer;
  int64_t not_before = 0, not_after = 0;
  bool precertificate = false;
  uint64_t tbs_key = 0;
};

// One row of `cair due`.
struct Clock {
  int64_t incident = 0;
  std::string clock;  // problem_report_response, first_disclosure, full_report, question_response, next_update, revocation
  int64_t started = 0, due = 0;
  std::string state, detail;
};

// One CRL entry, as the import sees it.
struct Revocation {
  std::string serial_hex;  // upper-case, no leading 00
  int64_t revocation_date = 0;
  int reason_code = -1;    // -1: no reasonCode extension
};

struct CrlImportStats {
  uint64_t entries = 0, newly_revoked = 0, wrong_reason = 0, unrelated = 0;
};

struct RevocationProgress {
  int64_t certificates = 0, revoked = 0, wrong_reason = 0;
};

class Store {
 public:
  ~Store();
  // Opens (creating if needed) and migrates the store at `path`.
  static Result<std::unique_ptr<Store>> Open(const std::string& path);
  int SchemaVersion() const;

  Result<int64_t> OpenIncident(const Incident& in, int64_t now);
  Result<Incident> GetIncident(int64_t id);
  Result<std::vector<Incident>> ListIncidents(bool open_only);
  Result<int64_t> AddTimeline(int64_t incident, int64_t at, const std::string& text, const std::string& source);
  Result<std::vector<TimelineEntry>> Timeline(int64_t incident);

  // Adds a problem and its affected certificates in one transaction. A
  // certificate listed twice (same SHA-256) is an error and nothing is saved.
  Result<int64_t> AddProblem(const Problem& p, const std::vector<AffectedCertificate>& certs, int64_t now);
  // The same, streaming: `produce` is called once and calls `add` for each
  // certificate (return false from `produce` to abort with `*abort_reason`).
  // Memory stays flat whatever the number of certificates.
  using AddFn = std::function<bool(const AffectedCertificate&)>;
  Result<int64_t> AddProblemStreaming(const Problem& p, const std::function<bool(const AddFn& add, std::string* abort_reason)>& produce,
                                      int64_t now);
  Result<std::vector<Problem>> Problems(int64_t incident);
  Result<int64_t> CountCertificates(int64_t problem);

  // Marks the incident's affected certificates found in a CRL of `issuer`
  // (DN text as x509::Name::ToString) as revoked. Publication time is
  // max(CRL thisUpdate, revocationDate): a revocation counts from when it
  // became visible (req §1.4). Each entry's reasonCode is checked against the
  // problem's BR reason (req §3.3). One transaction.
  Result<CrlImportStats> ImportRevocations(int64_t incident, const std::string& issuer, int64_t published_at,
                                           const std::vector<Revocation>& entries, const std::string& source);
  Result<RevocationProgress> Progress(int64_t problem);

  // Every clock of every open incident at `now`, soonest first.
  Result<std::vector<Clock>> Due(int64_t now);

 private:
  explicit Store(sqlite3* db) : db_(db) {}
  bool Exec(const std::string& sql, std::string* error);
  bool Migrate(std::string* error);
  sqlite3* db_;
};

}  // namespace cair::incident

#endif  // CAIR_INCIDENT_STORE_H_
