#include "lints/util/time/encoding.h"

namespace cair::lints::util::time {
namespace {

bool EndsWith(const der::Input& v, uint8_t c) { return !v.empty() && v[v.size() - 1] == c; }

// A numeric offset "+hhmm" / "-hhmm" closes the value.
bool EndsWithOffset(const der::Input& v) {
  return v.size() >= 5 && (v[v.size() - 5] == '+' || v[v.size() - 5] == '-');
}

}  // namespace

bool IsZulu(const x509::CertTime& t) {
  if (t.ok) return t.format.zulu;
  return EndsWith(t.value, 'Z');
}

bool HasSeconds(const x509::CertTime& t) {
  if (t.ok) return t.format.has_seconds;
  const size_t n = t.value.size();
  if (t.IsUtc()) return n == 13 || n == 17;  // YYMMDDHHMMSS + Z or offset
  if (EndsWith(t.value, 'Z')) return n >= 15;
  if (EndsWithOffset(t.value)) return n >= 19;
  return n >= 14;
}

bool HasFraction(const x509::CertTime& t) {
  if (!t.IsGeneralized()) return false;
  if (t.ok) return t.format.has_fraction;
  const size_t n = t.value.size();
  if (EndsWith(t.value, 'Z')) return n > 15;
  if (EndsWithOffset(t.value)) return n > 19;
  return n > 14;
}

}  // namespace cair::lints::util::time
