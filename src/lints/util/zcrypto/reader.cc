// File: lints/util/zcrypto/reader.cc
#include "lints/util/zcrypto/reader.h"

namespace cair::lints::util::zcrypto {

bool OidOk(der::Input v) {
  if (v.empty()) return false;
  size_t i = 0;
  while (i < v.size()) {
    uint64_t arc = 0;
    size_t n = 0;
    bool done = false;
    while (i < v.size()) {
      if (n == 5) return false;  // too large for Go's int32 arcs
      const uint8_t b = v[i++];
      if (n == 0 && b == 0x80) return false;  // not minimally encoded
      arc = (arc << 7) | (b & 0x7f);
      ++n;
      if (!(b & 0x80)) {
        done = true;
        break;
      }
    }
    if (!done || arc > 0x7fffffffu) return false;  // truncated or too large
  }
  return true;
}

std::optional<int64_t> Int64(der::Input v) {
  if (v.empty() || v.size() > 8) return std::nullopt;
  if (v.size() > 1 && ((v[0] == 0x00 && !(v[1] & 0x80)) || (v[0] == 0xff && (v[1] & 0x80))))
    return std::nullopt;
  uint64_t u = (v[0] & 0x80) ? ~uint64_t{0} : 0;
  for (uint8_t byte : v) u = (u << 8) | byte;
  return static_cast<int64_t>(u);
}

std::optional<bool> Bool(der::Input v) {
  if (v.size() != 1) return std::nullopt;
  if (v[0] == 0x00) return false;
  if (v[0] == 0xff) return true;
  return std::nullopt;
}

std::optional<size_t> BitStringLength(der::Input v) {
  if (v.empty()) return std::nullopt;
  const unsigned pad = v[0];
  if (pad > 7 || (v.size() == 1 && pad > 0)) return std::nullopt;
  if (v[v.size() - 1] & ((1u << pad) - 1)) return std::nullopt;
  return (v.size() - 1) * 8 - pad;
}

}  // namespace cair::lints::util::zcrypto
