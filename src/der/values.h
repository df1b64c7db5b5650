// File: der/values.h
// Decoders for primitive values (X.690 8.2-8.19, RFC 5280 4.1.2.5). Each
// returns std::nullopt / false for input it cannot interpret at all, and
// reports DER-strictness defects separately so that a linter can both read
// the value and complain about its encoding.
#ifndef CAIR_DER_VALUES_H_
#define CAIR_DER_VALUES_H_

#include <cstdint>
#include <optional>
#include <string>

#include "der/input.h"

namespace cair::der {

// BOOLEAN: DER requires 0x00 or 0xFF. `*der_ok` is false for other non-zero
// values (still read as true).
std::optional<bool> ParseBool(Input v, bool* der_ok = nullptr);

// INTEGER: true if `v` is a minimal two's-complement encoding (X.690 8.3.2).
bool IsMinimalInteger(Input v);
// True if the INTEGER's sign bit is set.
inline bool IsNegativeInteger(Input v) { return !v.empty() && (v[0] & 0x80); }
// INTEGER that fits in int64 (non-minimal encodings accepted).
std::optional<int64_t> ParseInt64(Input v);
// Magnitude bytes of a non-negative INTEGER, leading zero bytes stripped.
Input IntegerMagnitude(Input v);

struct BitString {
  Input bytes;              // the bits, first byte after the unused-bits octet
  uint8_t unused_bits = 0;  // 0..7
  // Bit `i` counted from the most significant bit of the first byte (the
  // named-bit numbering of X.680 22.6).
  bool Bit(size_t i) const {
    if (i / 8 >= bytes.size()) return false;
    if (i / 8 == bytes.size() - 1 && (7 - i % 8) < unused_bits) return false;
    return (bytes[i / 8] >> (7 - i % 8)) & 1;
  }
  size_t BitLength() const { return bytes.size() * 8 - unused_bits; }
};
// BIT STRING. nullopt when empty, unused bits > 7, or unused bits with no
// data. `*padding_zero` reports whether the unused bits are zero (DER).
std::optional<BitString> ParseBitString(Input v, bool* padding_zero = nullptr);

// OBJECT IDENTIFIER: true if `v` is a well-formed encoding (non-empty, no
// 0x80 leading sub-identifier octet, last octet terminates).
bool IsValidOid(Input v);
// Dotted-decimal text of an OID ("2.5.29.19"); "" when malformed.
std::string OidToString(Input v);

// Broken-down UTC time.
struct Time {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  int64_t nanos = 0;
  // Unix seconds (may be negative: years before 1970).
  int64_t ToUnix() const;
};
Time FromUnix(int64_t t);
// RFC 3339 text "2026-01-05T10:00:00Z".
std::string FormatRfc3339(int64_t unix_seconds);

// How a time value was written, for the RFC 5280 4.1.2.5 format lints.
struct TimeFormat {
  bool has_seconds = false;
  bool has_fraction = false;
  bool zulu = false;         // ends in 'Z'
  bool has_offset = false;   // ends in +hhmm / -hhmm
};
// UTCTime. Accepts YYMMDDhhmm[ss](Z|(+|-)hhmm) as X.680 allows; years 50-99
// are 19xx (RFC 5280 4.1.2.5.1). The offset is applied.
std::optional<Time> ParseUtcTime(Input v, TimeFormat* format = nullptr);
// GeneralizedTime. Accepts YYYYMMDDhhmm[ss[.f+]][Z|(+|-)hhmm].
std::optional<Time> ParseGeneralizedTime(Input v, TimeFormat* format = nullptr);

// Days since 1970-01-01 of a civil date (proleptic Gregorian).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d);

}  // namespace cair::der

#endif  // CAIR_DER_VALUES_H_
