// File: lints/util/ext_zcrypto.h
// The view of certificate extensions that zlint's RFC 5280 extension lints
// get from zcrypto, rebuilt from cair's raw views so that applicability and
// verdicts agree with zlint's:
//   - zcrypto's per-OID extension map keeps the LAST extension with an OID;
//   - its KeyUsage, BasicConstraintsValid / IsCA / MaxPathLen come from the
//     last extension of that type that decodes under Go's strict DER reader
//     (BOOLEAN only 00/FF, minimal INTEGERs, BIT STRING padding bits zero);
//     an undecodable one leaves the previous values in place;
//   - its ExtKeyUsage lists only the purposes it has a name for.
// The `ExtGo*` readers reproduce the strictness of Go's encoding/asn1 (which
// zcrypto forks) for lints that re-decode an extension value themselves.
#ifndef CAIR_LINTS_UTIL_EXT_ZCRYPTO_H_
#define CAIR_LINTS_UTIL_EXT_ZCRYPTO_H_

#include <cstddef>
#include <cstdint>
#include <optional>

#include "der/input.h"
#include "x509/certificate.h"
#include "x509/extensions.h"
#include "x509/oids.h"

namespace cair::lints::util {

// One element as Go's asn1 reader sees it.
struct ExtGoTlv {
  uint8_t cls = 0;  // 0 universal, 1 application, 2 context, 3 private
  bool compound = false;
  uint32_t tag = 0;
  der::Input value;
  der::Input full;
  bool truncated = false;
};

// Reads the header at `*offset` in `bytes` with Go's rules (minimal lengths
// and tags, no indefinite length); false when the header is malformed. When
// the contents run past the end, `truncated` is set (Go only reports that
// for an element it goes on to decode) and `*offset` is left unchanged;
// otherwise `*offset` moves past the element.
bool ExtGoReadTlv(der::Input bytes, size_t* offset, ExtGoTlv* out);
// Go's INTEGER into int64: non-empty, minimal, at most 8 bytes.
std::optional<int64_t> ExtGoInt64(der::Input v);
// Go's BOOLEAN: exactly one byte, 00 or FF.
std::optional<bool> ExtGoBool(der::Input v);
// Go's BIT STRING: returns the bit length, or nullopt when the unused-bit
// count is above 7, non-zero on an empty string, or the padding is not zero.
std::optional<size_t> ExtGoBitString(der::Input v);

// The last extension with `oid` (zcrypto's ExtensionsMap entry), or nullptr.
const x509::Extension* ExtLast(const x509::Certificate& c, der::Input oid);

// zcrypto's KeyUsage bitmap: bit i set when named bit i (0..8) is asserted.
uint16_t ExtZcryptoKeyUsage(const x509::Certificate& c);
inline bool ExtKuHas(uint16_t ku, x509::KeyUsageBit b) { return (ku >> b) & 1; }

struct ExtZcryptoBasicConstraints {
  bool valid = false;  // BasicConstraintsValid
  bool is_ca = false;  // IsCA
  int64_t max_path_len = -1;
};
ExtZcryptoBasicConstraints ExtZcryptoBc(const x509::Certificate& c);
// zlint's IsSubscriberCert with zcrypto's IsCA: not a CA, not self-signed.
bool ExtIsSubscriber(const x509::Certificate& c);

// True if zcrypto names the extended key purpose `oid`.
bool ExtIsKnownEku(der::Input oid);
// Calls f(der::Input purpose) for each KeyPurposeId of every extKeyUsage
// extension, in certificate order.
template <typename F>
void ExtForEachEku(const x509::Certificate& c, F&& f) {
  if (c.CountExtension(oid::kExtKeyUsage) <= 1) {
    for (der::Input p : c.ext_key_usage.purposes) f(p);
    return;
  }
  for (const x509::Extension& e : c.extensions) {
    if (e.oid != oid::kExtKeyUsage) continue;
    for (der::Input p : x509::ParseExtKeyUsage(e).purposes) f(p);
  }
}

}  // namespace cair::lints::util

#endif  // CAIR_LINTS_UTIL_EXT_ZCRYPTO_H_
