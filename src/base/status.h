// File: base/status.h
// `Status`: the outcome of an operation that returns no value, as a
// canonical code and a message (after absl::Status). The code is what
// callers branch on (the server's HTTP status, a command's exit code); the
// message is for people and is never parsed. `StatusOr<T>` (statusor.h)
// carries a value or a non-OK status; status_macros.h forwards errors.
#ifndef CAIR_BASE_STATUS_H_
#define CAIR_BASE_STATUS_H_

#include <string>
#include <string_view>
#include <utility>

namespace cair::base {

// The canonical codes (a subset of absl::StatusCode, same meanings).
enum class StatusCode {
  kOk = 0,
  kInvalidArgument,     // the caller's input is wrong whatever the state (a malformed time, an unknown status name)
  kNotFound,            // a named entity (incident, halt, file) does not exist
  kAlreadyExists,       // the entity to create exists (a certificate listed twice, a duplicate name)
  kFailedPrecondition,  // the state forbids it now (a halt already resumed, a question already answered)
  kUnavailable,         // a dependency is unavailable (the database busy, full or failing); retrying may help
  kDataLoss,            // stored or read data is corrupt or truncated
  kInternal,            // an invariant of ours broke (a bug)
  kUnimplemented,       // not supported
};

// Stable lower-case name of `code` ("not_found"), for logs and JSON.
std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  // An OK status.
  Status() = default;
  // A status with `code` and `message`; the message of an OK status is dropped.
  Status(StatusCode code, std::string message)
      : code_(code), message_(code == StatusCode::kOk ? std::string() : std::move(message)) {}

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "not_found: no incident 7" (or "ok").
  std::string ToString() const;

  // Explicitly ignores a status (a best-effort call whose failure is fine).
  void IgnoreError() const {}

  friend bool operator==(const Status& a, const Status& b) { return a.code_ == b.code_ && a.message_ == b.message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status OkStatus() { return Status(); }
Status InvalidArgumentError(std::string message);
Status NotFoundError(std::string message);
Status AlreadyExistsError(std::string message);
Status FailedPreconditionError(std::string message);
Status UnavailableError(std::string message);
Status DataLossError(std::string message);
Status InternalError(std::string message);
Status UnimplementedError(std::string message);

// `status` with `prefix` before its message and the same code ("store: " +
// "no incident 7"); an OK status stays OK.
Status Prefixed(const Status& status, std::string_view prefix);

}  // namespace cair::base

#endif  // CAIR_BASE_STATUS_H_
