// File: incident/sqlite_util.h
// Internal to src/incident: a prepared-statement wrapper, transactions and
// the automatic timeline row, shared by the store's translation units.
#ifndef CAIR_INCIDENT_SQLITE_UTIL_H_
#define CAIR_INCIDENT_SQLITE_UTIL_H_

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "incident/store.h"

namespace cair::incident::internal {

// A prepared statement. A statement that failed to prepare (a bug: the SQL
// is ours) makes every Step() return SQLITE_ERROR instead of crashing.
class Stmt {
 public:
  Stmt(sqlite3* db, const char* sql) { ok_ = sqlite3_prepare_v2(db, sql, -1, &s_, nullptr) == SQLITE_OK && s_; }
  ~Stmt() { sqlite3_finalize(s_); }
  bool ok() const { return ok_; }
  Stmt& Bind(int i, int64_t v) {
    if (ok_) sqlite3_bind_int64(s_, i, v);
    return *this;
  }
  Stmt& Bind(int i, const std::string& v) {
    if (ok_) sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& Bind(int i, std::optional<int64_t> v) {
    if (!ok_) return *this;
    if (v) sqlite3_bind_int64(s_, i, *v); else sqlite3_bind_null(s_, i);
    return *this;
  }
  Stmt& BindDouble(int i, double v) {
    if (ok_) sqlite3_bind_double(s_, i, v);
    return *this;
  }
  Stmt& BindBlob(int i, const std::string& v) {  // bytes, NULs included
    if (ok_) sqlite3_bind_blob64(s_, i, v.data(), v.size(), SQLITE_STATIC);  // v outlives the Step()
    return *this;
  }
  int Step() { return last_ = ok_ ? sqlite3_step(s_) : SQLITE_ERROR; }
  // After a `while (Step() == SQLITE_ROW)` loop: whether it ended because
  // the rows ran out (SQLITE_DONE) rather than because the query failed.
  bool Done() const { return last_ == SQLITE_DONE; }
  void Reset() {
    if (!ok_) return;
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }
  int64_t Int(int c) { return sqlite3_column_int64(s_, c); }
  std::string Blob(int c) {
    const void* p = sqlite3_column_blob(s_, c);
    return p ? std::string(static_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(s_, c))) : std::string();
  }
  double Double(int c) { return sqlite3_column_double(s_, c); }
  std::optional<int64_t> OptInt(int c) {
    if (sqlite3_column_type(s_, c) == SQLITE_NULL) return std::nullopt;
    return sqlite3_column_int64(s_, c);
  }
  std::string Text(int c) {
    const unsigned char* t = sqlite3_column_text(s_, c);
    return t ? reinterpret_cast<const char*>(t) : "";
  }

 private:
  sqlite3_stmt* s_ = nullptr;
  bool ok_ = false;
  int last_ = SQLITE_OK;
};

inline std::string Err(sqlite3* db, const std::string& what) {
  std::string e = what + ": " + sqlite3_errmsg(db);
  if (sqlite3_errcode(db) == SQLITE_FULL || sqlite3_errcode(db) == SQLITE_IOERR)
    e += " (is the disk full? free space where the store and its temporary files live, then run the command again)";
  return e;
}

// A failed database call as a Status: the message as Err() words it; the
// code kDataLoss for a corrupt file, kAlreadyExists for a uniqueness
// violation, kFailedPrecondition for another constraint, else kUnavailable
// (busy, locked, full, I/O, a missing table: the database, not the request,
// failed; the server answers 503).
inline Status DbError(sqlite3* db, const std::string& what) {
  std::string message = Err(db, what);
  switch (sqlite3_errcode(db)) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return base::DataLossError(std::move(message));
    case SQLITE_CONSTRAINT:
      if (sqlite3_extended_errcode(db) == SQLITE_CONSTRAINT_UNIQUE ||
          sqlite3_extended_errcode(db) == SQLITE_CONSTRAINT_PRIMARYKEY)
        return base::AlreadyExistsError(std::move(message));
      return base::FailedPreconditionError(std::move(message));
    default: return base::UnavailableError(std::move(message));
  }
}

// OK when `step_rc` (a Step() result) is a row; NotFound(`not_found`) when
// the query found none; else the database failure. A failing database is
// never reported as a missing entity.
inline Status RowOrNotFound(sqlite3* db, int step_rc, std::string not_found) {
  if (step_rc == SQLITE_ROW) return base::OkStatus();
  if (step_rc == SQLITE_DONE) return base::NotFoundError(std::move(not_found));
  return DbError(db, "read");
}

// ReadRows steps `s` to its end and returns `read(s)` for every row, in
// order; a query that fails part-way is the database failure, never a
// shorter or empty list.
template <typename T, typename F>
StatusOr<std::vector<T>> ReadRows(sqlite3* db, Stmt& s, F&& read) {
  std::vector<T> out;
  while (s.Step() == SQLITE_ROW) out.push_back(read(s));
  if (!s.Done()) return DbError(db, "read");
  return out;
}
// The same for `sql` with one parameter, the incident's id (the lists of one
// incident's timeline, problems, action items, ...).
template <typename T, typename F>
StatusOr<std::vector<T>> ReadRows(sqlite3* db, const char* sql, int64_t incident, F&& read) {
  Stmt s(db, sql);
  s.Bind(1, incident);
  return ReadRows<T>(db, s, read);
}

// Runs `body` inside BEGIN IMMEDIATE ... COMMIT; rolls back when it fails.
template <typename T, typename F>
StatusOr<T> InTransaction(sqlite3* db, F&& body) {
  if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
    return DbError(db, "begin");
  StatusOr<T> r = body();
  if (!r.ok()) {
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    return r;
  }
  if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
    Status e = DbError(db, "commit");
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    return e;
  }
  return r;
}

inline bool AddTimelineRow(sqlite3* db, int64_t incident, int64_t at, const std::string& text, const std::string& source) {
  Stmt s(db, "INSERT INTO timeline (incident_id, at, text, source) VALUES (?, ?, ?, ?)");
  return s.ok() && s.Bind(1, incident).Bind(2, at).Bind(3, text).Bind(4, source).Step() == SQLITE_DONE;
}

// InsertActionItem records `a` under incident `incident`, its status last
// changed at `changed_at`; false when the database refused it.
inline bool InsertActionItem(sqlite3* db, int64_t incident, const ActionItem& a, int64_t changed_at) {
  Stmt s(db, "INSERT INTO action_item (incident_id, action, kind, root_cause, criteria, due_at, status, changed_at) "
             "VALUES (?,?,?,?,?,?,?,?)");
  return s.Bind(1, incident).Bind(2, a.action).Bind(3, a.kind).Bind(4, a.root_cause).Bind(5, a.criteria)
             .Bind(6, a.due_at).Bind(7, a.status).Bind(8, changed_at).Step() == SQLITE_DONE;
}

}  // namespace cair::incident::internal

#endif  // CAIR_INCIDENT_SQLITE_UTIL_H_
