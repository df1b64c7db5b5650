#include "lints/util/key_params.h"

#include <array>
#include <string_view>

#include "der/parser.h"
#include "der/values.h"
#include "x509/oids.h"

namespace cair::lints::util {

bool HasRsaKeyAlgorithm(const x509::Certificate& c) {
  return c.spki.algorithm.oid == oid::kRsaEncryption;
}

bool HasEcKeyAlgorithm(const x509::Certificate& c) {
  return c.spki.algorithm.oid == oid::kEcPublicKey;
}

bool HasReadableRsaKey(const x509::Certificate& c) {
  return HasRsaKeyAlgorithm(c) && c.spki.rsa_ok;
}

bool HasUsableRsaModulus(const x509::Certificate& c) {
  if (!HasReadableRsaKey(c)) return false;
  const der::Input n = c.spki.rsa_modulus;
  if (n.empty() || der::IsNegativeInteger(n)) return false;
  for (uint8_t b : n)
    if (b != 0) return true;
  return false;
}

uint16_t KeyUsageMask(const x509::Certificate& c) {
  const x509::KeyUsage& ku = c.key_usage;
  if (!ku.present || !ku.ok || !ku.padding_zero) return 0;
  uint16_t mask = 0;
  for (int i = 0; i <= 8; ++i)
    if (ku.bits.Bit(static_cast<size_t>(i))) mask |= KuBit(i);
  return mask;
}

std::string KeyUsageNames(uint16_t mask) {
  // Go's constant names, in byte order (as sort.Strings leaves them).
  struct Named {
    std::string_view name;
    int bit;
  };
  static constexpr std::array<Named, 9> kSorted{{
      {"KeyUsageCRLSign", x509::kCrlSign},
      {"KeyUsageCertSign", x509::kKeyCertSign},
      {"KeyUsageContentCommitment", x509::kNonRepudiation},
      {"KeyUsageDataEncipherment", x509::kDataEncipherment},
      {"KeyUsageDecipherOnly", x509::kDecipherOnly},
      {"KeyUsageDigitalSignature", x509::kDigitalSignature},
      {"KeyUsageEncipherOnly", x509::kEncipherOnly},
      {"KeyUsageKeyAgreement", x509::kKeyAgreement},
      {"KeyUsageKeyEncipherment", x509::kKeyEncipherment},
  }};
  std::string out;
  for (const Named& n : kSorted) {
    if (!(mask & KuBit(n.bit))) continue;
    if (!out.empty()) out += ", ";
    out += n.name;
  }
  return out;
}

bool IsRsaNullParamsOid(der::Input o) {
  return o == oid::kRsaEncryption || o == oid::kMd2WithRsa || o == oid::kMd5WithRsa ||
         o == oid::kSha1WithRsa || o == oid::kSha224WithRsa || o == oid::kSha256WithRsa ||
         o == oid::kSha384WithRsa || o == oid::kSha512WithRsa;
}

std::string RsaAlgorithmIdProblem(der::Input aid, der::Input expected_oid) {
  // The one acceptable encoding: 30 len 06 len <oid> 05 00, nothing after.
  if (expected_oid.size() < 0x7c) {
    const size_t n = expected_oid.size();
    if (aid.size() == n + 6 && aid[0] == 0x30 && aid[1] == n + 4 && aid[2] == 0x06 &&
        aid[3] == n && aid.sub(4, n) == expected_oid && aid[n + 4] == 0x05 && aid[n + 5] == 0x00)
      return "";
  }
  // Otherwise say what differs.
  auto seq = der::ReadElement(aid);
  if (!seq || seq->tag != der::kSequence || seq->flags != 0) return "error reading algorithm";
  der::Parser p(seq->value);
  auto o = p.Next();
  if (!o || o->tag != der::kOid || o->flags != 0 || !der::IsValidOid(o->value))
    return "error reading algorithm OID";
  if (o->value != expected_oid)
    return "algorithm OID is not equal to " + der::OidToString(expected_oid);
  if (!p.HasMore()) return "RSA algorithm identifier missing required NULL parameter";
  auto params = p.Next();
  if (!params || params->tag != der::kNull || params->flags != 0)
    return "RSA algorithm identifier with non-NULL parameter";
  if (!params->value.empty()) return "RSA algorithm identifier with NULL parameter containing data";
  if (p.HasMore()) return "RSA algorithm identifier with trailing data";
  return "RSA algorithm appears correct, but didn't match byte-wise comparison";
}

}  // namespace cair::lints::util
