#include "lints/util/crl/entries.h"

#include "der/parser.h"
#include "der/values.h"
#include "x509/oids.h"

namespace cair::lints::util::crl {

der::Input MinimalInteger(der::Input v) {
  size_t skip = 0;
  while (skip + 1 < v.size()) {
    const uint8_t b = v[skip], next = v[skip + 1];
    if ((b == 0x00 && !(next & 0x80)) || (b == 0xff && (next & 0x80))) ++skip;
    else break;
  }
  return v.sub(skip);
}

std::string IntegerHex(der::Input integer) {
  static constexpr char kHex[] = "0123456789abcdef";
  const der::Input v = MinimalInteger(integer);
  const bool negative = der::IsNegativeInteger(v);
  std::vector<uint8_t> mag(v.begin(), v.end());
  if (negative) {
    // Two's complement negation: invert, then add one.
    for (auto& b : mag) b = static_cast<uint8_t>(~b);
    for (size_t i = mag.size(); i-- > 0;)
      if (++mag[i] != 0) break;
  }
  std::string out;
  for (uint8_t b : mag) {
    if (out.empty() && b == 0) continue;
    if (out.empty() && b < 0x10) {
      out += kHex[b];
      continue;
    }
    out += kHex[b >> 4];
    out += kHex[b & 15];
  }
  if (out.empty()) out.push_back('0');
  if (negative) out.insert(out.begin(), '-');
  return out;
}

std::optional<int64_t> EntryReasonCode(const x509::RevokedCertificate& entry) {
  std::optional<int64_t> code;
  for (const x509::Extension& e : entry.extensions) {
    if (e.oid != oid::kReasonCode) continue;
    auto el = der::ReadElement(e.value);
    if (!el || el->tag != der::kEnumerated) continue;
    if (auto v = der::ParseInt64(el->value)) code = *v;
  }
  return code;
}

const x509::Extension* FirstDuplicateExtension(const std::vector<x509::Extension>& extensions) {
  for (size_t i = 1; i < extensions.size(); ++i)
    for (size_t j = 0; j < i; ++j)
      if (extensions[i].oid == extensions[j].oid) return &extensions[i];
  return nullptr;
}

}  // namespace cair::lints::util::crl
