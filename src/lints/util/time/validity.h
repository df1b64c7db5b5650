// File: lints/util/time/validity.h
// A certificate's validity period as zlint computes it (Go's time package).
#ifndef CAIR_LINTS_UTIL_TIME_VALIDITY_H_
#define CAIR_LINTS_UTIL_TIME_VALIDITY_H_

#include <cstdint>

#include "x509/certificate.h"

namespace cair::lints::util::time {

// AddDate is Go's time.AddDate on a Unix time (UTC): months and days are
// added to the civil date, then an out-of-range day is normalised (Jan 31 +
// 1 month = Mar 3 or 2).
int64_t AddDate(int64_t unix, int years, int months, int days);

// ValiditySeconds is util.CertificateValidityInSeconds: notAfter + 1s -
// notBefore (RFC 5280 4.1.2.5 counts both ends).
inline int64_t ValiditySeconds(const x509::Certificate& c) {
  return c.not_after.unix + 1 - c.not_before.unix;
}

}  // namespace cair::lints::util::time

#endif  // CAIR_LINTS_UTIL_TIME_VALIDITY_H_
