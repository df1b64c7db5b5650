#include "lints/util/br_dns_zcrypto.h"

namespace cair::lints::util {

const x509::Extension* BrDnsLastExtension(const x509::Certificate& c, der::Input oid) {
  const x509::Extension* last = nullptr;
  for (const auto& e : c.extensions)
    if (e.oid == oid) last = &e;
  return last;
}

std::optional<der::Element> BrDnsGoReadElement(der::Input in, der::Input* rest) {
  auto el = der::ReadElement(in);
  if (!el || el->flags != 0) return std::nullopt;
  if (rest) *rest = in.sub(el->full.size());
  return el;
}

bool BrDnsGoOidOk(der::Input v) {
  if (v.empty()) return false;
  size_t i = 0;
  while (i < v.size()) {
    uint64_t arc = 0;
    size_t n = 0;
    bool done = false;
    while (i < v.size()) {
      if (n == 5) return false;
      const uint8_t b = v[i++];
      if (n == 0 && b == 0x80) return false;  // not minimal
      arc = (arc << 7) | (b & 0x7f);
      ++n;
      if (!(b & 0x80)) {
        done = true;
        break;
      }
    }
    if (!done || arc > 0x7fffffffu) return false;
  }
  return true;
}

}  // namespace cair::lints::util
