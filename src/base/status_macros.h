// File: base/status_macros.h
// Forwarding errors without writing the `if (!x.ok()) return ...` by hand:
//
//   CAIR_RETURN_IF_ERROR(store.SetStatus(id, "closed", now).status());
//   CAIR_ASSIGN_OR_RETURN(Incident in, store.GetIncident(id));
//
// Both return the failing `Status` unchanged from the enclosing function,
// which must return `Status` or any `StatusOr<U>`.
#ifndef CAIR_BASE_STATUS_MACROS_H_
#define CAIR_BASE_STATUS_MACROS_H_

#include "base/status.h"
#include "base/statusor.h"

namespace cair::base::internal {
inline const Status& AsStatus(const Status& s) { return s; }
template <typename T>
const Status& AsStatus(const StatusOr<T>& s) { return s.status(); }
}  // namespace cair::base::internal

// Evaluates `expr` (a Status or StatusOr) once; returns its status if not OK.
#define CAIR_RETURN_IF_ERROR(expr)                                                   \
  do {                                                                               \
    const auto& cair_status_or_ = (expr);                                            \
    if (!::cair::base::internal::AsStatus(cair_status_or_).ok())                     \
      return ::cair::base::internal::AsStatus(cair_status_or_);                      \
  } while (false)

#define CAIR_STATUS_CONCAT_INNER_(a, b) a##b
#define CAIR_STATUS_CONCAT_(a, b) CAIR_STATUS_CONCAT_INNER_(a, b)

// Evaluates `rexpr` (a StatusOr<T>) once; returns its status if not OK, else
// moves its value into `lhs` (a declaration such as `auto x` or an lvalue).
#define CAIR_ASSIGN_OR_RETURN(lhs, rexpr) \
  CAIR_ASSIGN_OR_RETURN_IMPL_(CAIR_STATUS_CONCAT_(cair_statusor_, __LINE__), lhs, rexpr)
#define CAIR_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, rexpr) \
  auto tmp = (rexpr);                                \
  if (!tmp.ok()) return std::move(tmp).status();     \
  lhs = std::move(tmp).value()

#endif  // CAIR_BASE_STATUS_MACROS_H_
