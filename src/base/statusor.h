// File: base/statusor.h
// `StatusOr<T>`: a value of type T, or a non-OK `Status` saying why there is
// none (after absl::StatusOr). Reading the value of a failed StatusOr is a
// bug and aborts; check `ok()` first or forward with CAIR_ASSIGN_OR_RETURN.
#ifndef CAIR_BASE_STATUSOR_H_
#define CAIR_BASE_STATUSOR_H_

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <type_traits>
#include <utility>

#include "base/status.h"

namespace cair::base {

template <typename T>
class [[nodiscard]] StatusOr {
 public:
  using value_type = T;

  // A value. Implicit, so that `return value;` works in a function returning StatusOr<T>.
  template <typename U = T,
            typename = std::enable_if_t<std::is_constructible_v<T, U&&> &&
                                        !std::is_same_v<std::decay_t<U>, Status> &&
                                        !std::is_same_v<std::decay_t<U>, StatusOr>>>
  StatusOr(U&& value) : value_(std::forward<U>(value)) {}  // NOLINT(google-explicit-constructor)
  // A failure. Implicit, so that `return NotFoundError(...);` works. An OK
  // status here is a bug: it becomes an internal error.
  StatusOr(Status status) : status_(std::move(status)) {  // NOLINT(google-explicit-constructor)
    if (status_.ok()) status_ = InternalError("StatusOr built from an OK status without a value");
  }

  bool ok() const { return value_.has_value(); }
  // Explicitly ignores the outcome (a best-effort call whose failure is fine).
  void IgnoreError() const {}
  const Status& status() const& { return status_; }
  Status status() && { return std::move(status_); }

  const T& value() const& { Check(); return *value_; }
  T& value() & { Check(); return *value_; }
  T&& value() && { Check(); return std::move(*value_); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }
  template <typename U>
  T value_or(U&& fallback) const& { return value_ ? *value_ : static_cast<T>(std::forward<U>(fallback)); }

 private:
  void Check() const {
    if (!value_) {
      std::fprintf(stderr, "StatusOr::value() of a failure: %s\n", status_.ToString().c_str());
      std::abort();
    }
  }
  Status status_;  // OK when value_ is set
  std::optional<T> value_;
};

}  // namespace cair::base

#endif  // CAIR_BASE_STATUSOR_H_
