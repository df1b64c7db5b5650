#include "lints/util/dns/san_walk.h"

#include <cstdint>
#include <cstring>

#include "der/strings.h"
#include "x509/oids.h"

namespace cair::lints::util::dns {
namespace {

// der::IsIa5String (every octet below 0x80), eight octets at a time: the
// last octets are the word ending at the end (octets read twice are asked
// about twice).
bool Ia5Octets(der::Input v) {
  constexpr uint64_t kTop = 0x8080808080808080ull;
  const size_t n = v.size();
  if (n < 8) return der::IsIa5String(v);
  uint64_t bits = 0;
  for (size_t i = 0; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, v.data() + i, 8);
    bits |= w;
  }
  uint64_t w;
  std::memcpy(&w, v.data() + n - 8, 8);
  return ((bits | w) & kTop) == 0;
}

SanWalk ComputeSanWalk(const x509::Certificate& c) {
  SanWalk out;
  AltNameView san(c, oid::kSubjectAltName);
  size_t i = 0;
  out.end = WalkGeneralNames(san.extension()->value, [&](const der::Element& el) {
    if (out.first_empty == SanWalk::kNone && el.value.empty()) out.first_empty = i;
    if (out.first_non_ia5_dns == SanWalk::kNone && el.tag.number == kTagDnsName && !Ia5Octets(el.value))
      out.first_non_ia5_dns = i;
    ++i;
    return true;
  });
  return out;
}

}  // namespace

const SanWalk& SanWalkOf(const x509::Certificate& c) { return c.Derived(&ComputeSanWalk); }

}  // namespace cair::lints::util::dns
