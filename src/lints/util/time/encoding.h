// File: lints/util/time/encoding.h
// How a Time value (RFC 5280 4.1.2.5) was written, read from its encoding.
// RFC 5280 4.1.2.5.1 / 4.1.2.5.2 require UTCTime as YYMMDDHHMMSSZ and
// GeneralizedTime as YYYYMMDDHHMMSSZ: Zulu, with seconds, no fraction.
// For a value the parser could read, the answers come from its TimeFormat;
// for one it could not, from the raw characters (length and last byte, the
// way zlint inspects them), so that a malformed value still gets a verdict.
#ifndef CAIR_LINTS_UTIL_TIME_ENCODING_H_
#define CAIR_LINTS_UTIL_TIME_ENCODING_H_

#include "x509/certificate.h"

namespace cair::lints::util::time {

// The value ends in 'Z'.
bool IsZulu(const x509::CertTime& t);
// The value carries the seconds field.
bool HasSeconds(const x509::CertTime& t);
// The value carries fractional seconds (GeneralizedTime only).
bool HasFraction(const x509::CertTime& t);

}  // namespace cair::lints::util::time

#endif  // CAIR_LINTS_UTIL_TIME_ENCODING_H_
