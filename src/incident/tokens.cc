// The store's API tokens (migration 4) and its change counter, for
// `cair serve`: write endpoints need a bearer token whose SHA-256 is here.
#include <sqlite3.h>

#include "incident/sqlite_util.h"
#include "incident/store.h"

namespace cair::incident {

using namespace internal;

namespace {

bool IsLowerHex64(const std::string& s) {
  if (s.size() != 64) return false;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

ApiToken ReadToken(Stmt& s) {
  ApiToken t;
  t.id = s.Int(0);
  t.name = s.Text(1);
  t.sha256_hex = s.Text(2);
  t.created_at = s.Int(3);
  t.revoked_at = s.OptInt(4);
  return t;
}

}  // namespace

StatusOr<int64_t> Store::AddToken(const std::string& name, const std::string& sha256_hex, int64_t now) {
  if (name.empty()) return base::InvalidArgumentError("a token needs a name");
  if (!IsLowerHex64(sha256_hex)) return base::InvalidArgumentError("token hash must be 64 lower-case hex digits");
  return InTransaction<int64_t>(db_, [&]() -> StatusOr<int64_t> {
    Stmt exists(db_, "SELECT 1 FROM api_token WHERE name = ?");
    if (exists.Bind(1, name).Step() == SQLITE_ROW)
      return base::InvalidArgumentError("a token named \"" + name + "\" exists (a name is never reused, even after revocation: pick another)");
    Stmt s(db_, "INSERT INTO api_token (name, sha256, created_at) VALUES (?, ?, ?)");
    if (s.Bind(1, name).Bind(2, sha256_hex).Bind(3, now).Step() != SQLITE_DONE)
      return DbError(db_, "token");
    return sqlite3_last_insert_rowid(db_);
  });
}

StatusOr<std::optional<ApiToken>> Store::FindToken(const std::string& sha256_hex) {
  Stmt s(db_, "SELECT id, name, sha256, created_at, revoked_at FROM api_token WHERE sha256 = ? AND revoked_at IS NULL");
  s.Bind(1, sha256_hex);
  int rc = s.Step();
  if (rc == SQLITE_ROW) return std::optional<ApiToken>(ReadToken(s));
  if (rc != SQLITE_DONE) return DbError(db_, "token");
  return std::optional<ApiToken>();
}

StatusOr<std::vector<ApiToken>> Store::Tokens() {
  Stmt s(db_, "SELECT id, name, sha256, created_at, revoked_at FROM api_token ORDER BY id");
  std::vector<ApiToken> out;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) out.push_back(ReadToken(s));
  if (rc != SQLITE_DONE) return DbError(db_, "tokens");
  return out;
}

StatusOr<bool> Store::RevokeToken(const std::string& name, int64_t now) {
  return InTransaction<bool>(db_, [&]() -> StatusOr<bool> {
    Stmt s(db_, "UPDATE api_token SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL");
    if (s.Bind(1, now).Bind(2, name).Step() != SQLITE_DONE) return DbError(db_, "revoke token");
    if (sqlite3_changes(db_) == 0) return base::NotFoundError("no active token named \"" + name + "\"");
    return true;
  });
}

StatusOr<int64_t> Store::DataVersion() {
  Stmt s(db_, "PRAGMA data_version");
  if (s.Step() != SQLITE_ROW) return DbError(db_, "data_version");
  return s.Int(0);
}

}  // namespace cair::incident
