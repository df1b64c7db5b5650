// File: lints/util/zcrypto/keys.cc
#include "lints/util/zcrypto/keys.h"

#include <array>
#include <string_view>

#include "der/parser.h"
#include "der/values.h"
#include "lints/util/subject/values.h"
#include "lints/util/zcrypto/reader.h"
#include "x509/oids.h"

namespace cair::lints::util::zcrypto {
namespace {

using der::Element;
using der::Input;
using der::Parser;

// 1.3.14.3.2.29: sha1WithRSASignature (OIW), which zcrypto maps to SHA1WithRSA.
constexpr uint8_t kOiwSha1WithRsaBytes[] = {0x2b, 0x0e, 0x03, 0x02, 0x1d};
constexpr Input kOiwSha1WithRsa(kOiwSha1WithRsaBytes, sizeof(kOiwSha1WithRsaBytes));
constexpr uint8_t kSha384Bytes[] = {0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x02};
constexpr uint8_t kSha512Bytes[] = {0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x03};
constexpr Input kSha384Oid(kSha384Bytes, sizeof(kSha384Bytes));
constexpr Input kSha512Oid(kSha512Bytes, sizeof(kSha512Bytes));
constexpr uint8_t kNullBytes[] = {0x05, 0x00};
constexpr Input kNullDer(kNullBytes, sizeof(kNullBytes));

// A positive INTEGER's magnitude, or nullopt when zero or negative.
std::optional<Input> PositiveMagnitude(Input integer) {
  if (integer.empty() || der::IsNegativeInteger(integer)) return std::nullopt;
  Input mag = der::IntegerMagnitude(integer);
  if (mag.empty()) return std::nullopt;
  return mag;
}

// Go encoding/asn1: an INTEGER that fits an int64 and is minimally encoded.
std::optional<int64_t> GoInt64(Input v) {
  if (v.empty() || !der::IsMinimalInteger(v) || v.size() > 8) return std::nullopt;
  return der::ParseInt64(v);
}

// Go pkix.AlgorithmIdentifier { Algorithm OID; Parameters RawValue optional }
// read from the contents of a SEQUENCE.
struct GoAlgId {
  Input oid;
  Input params_full;  // empty when absent
};
std::optional<GoAlgId> GoAlgorithmIdentifier(Input full) {
  auto seq = ReadStrict(full);
  if (!seq || seq->tag != der::kSequence) return std::nullopt;
  Input rest = seq->value;
  auto oid = ReadStrict(rest);
  if (!oid || oid->tag != der::kOid || !der::IsValidOid(oid->value)) return std::nullopt;
  GoAlgId out{oid->value, {}};
  rest = rest.sub(oid->full.size());
  if (!rest.empty()) {
    auto params = ReadStrict(rest);
    if (!params) return std::nullopt;
    out.params_full = params->full;
  }
  return out;
}

// The element inside an EXPLICIT [n] wrapper at the front of `*rest`;
// nullopt (and *rest unchanged) when the wrapper is absent.
std::optional<Element> GoExplicit(Input* rest, uint32_t n, bool* error) {
  if (rest->empty()) return std::nullopt;
  auto wrapper = ReadStrict(*rest);
  if (!wrapper) {
    *error = true;
    return std::nullopt;
  }
  if (wrapper->tag != der::ContextConstructed(n)) return std::nullopt;
  auto inner = ReadStrict(wrapper->value);
  if (!inner) {
    *error = true;
    return std::nullopt;
  }
  *rest = rest->sub(wrapper->full.size());
  return inner;
}

SigAlg PssAlgorithm(const x509::AlgorithmIdentifier& ai) {
  if (!ai.has_params) return SigAlg::kUnknown;
  auto seq = ReadStrict(ai.params.full);
  if (!seq || seq->tag != der::kSequence) return SigAlg::kUnknown;
  Input rest = seq->value;
  bool error = false;
  auto hash = GoExplicit(&rest, 0, &error);
  if (!hash || error) return SigAlg::kUnknown;
  auto mgf = GoExplicit(&rest, 1, &error);
  if (!mgf || error) return SigAlg::kUnknown;
  auto salt = GoExplicit(&rest, 2, &error);
  if (!salt || error || salt->tag != der::kInteger) return SigAlg::kUnknown;
  auto salt_len = GoInt64(salt->value);
  if (!salt_len) return SigAlg::kUnknown;
  int64_t trailer = 1;
  if (auto t = GoExplicit(&rest, 3, &error)) {
    if (t->tag != der::kInteger) return SigAlg::kUnknown;
    auto v = GoInt64(t->value);
    if (!v) return SigAlg::kUnknown;
    trailer = *v;
  }
  if (error) return SigAlg::kUnknown;
  auto hash_ai = GoAlgorithmIdentifier(hash->full);
  auto mgf_ai = GoAlgorithmIdentifier(mgf->full);
  if (!hash_ai || !mgf_ai) return SigAlg::kUnknown;
  auto mgf_hash = GoAlgorithmIdentifier(mgf_ai->params_full);
  if (!mgf_hash) return SigAlg::kUnknown;
  if (hash_ai->params_full != kNullDer || mgf_ai->oid != oid::kMgf1 ||
      mgf_hash->oid != hash_ai->oid || mgf_hash->params_full != kNullDer || trailer != 1)
    return SigAlg::kUnknown;
  if (hash_ai->oid == oid::kSha256 && *salt_len == 32) return SigAlg::kSha256RsaPss;
  if (hash_ai->oid == kSha384Oid && *salt_len == 48) return SigAlg::kSha384RsaPss;
  if (hash_ai->oid == kSha512Oid && *salt_len == 64) return SigAlg::kSha512RsaPss;
  return SigAlg::kUnknown;
}

// Go asn1.BitString decode of a keyUsage value; nullopt on error.
std::optional<uint32_t> GoKeyUsage(Input value) {
  auto el = ReadStrict(value);
  if (!el || el->tag != der::kBitString) return std::nullopt;
  Input b = el->value;
  if (b.empty()) return std::nullopt;
  const unsigned padding = b[0];
  if (padding > 7 || (b.size() == 1 && padding > 0) ||
      (b[b.size() - 1] & ((1u << padding) - 1)) != 0)
    return std::nullopt;
  const size_t bit_length = (b.size() - 1) * 8 - padding;
  uint32_t bits = 0;
  for (size_t i = 0; i < 9 && i < bit_length; ++i)
    if ((b[1 + i / 8] >> (7 - i % 8)) & 1) bits |= 1u << i;
  return bits;
}

}  // namespace

KeyAlg KeyAlgorithm(const x509::Certificate& c) {
  const Input o = c.spki.algorithm.oid;
  if (o == oid::kRsaEncryption) return KeyAlg::kRsa;
  if (o == oid::kDsa) return KeyAlg::kDsa;
  if (o == oid::kEcPublicKey) return KeyAlg::kEcdsa;
  if (o == oid::kEd25519) return KeyAlg::kEd25519;
  if (o == oid::kX25519) return KeyAlg::kX25519;
  return KeyAlg::kUnknown;
}

SigAlg SignatureAlgorithm(const x509::AlgorithmIdentifier& ai) {
  const Input o = ai.oid;
  if (o == oid::kRsaPss) return PssAlgorithm(ai);
  if (o == oid::kMd2WithRsa) return SigAlg::kMd2Rsa;
  if (o == oid::kMd5WithRsa) return SigAlg::kMd5Rsa;
  if (o == oid::kSha1WithRsa || o == kOiwSha1WithRsa) return SigAlg::kSha1Rsa;
  if (o == oid::kSha256WithRsa) return SigAlg::kSha256Rsa;
  if (o == oid::kSha384WithRsa) return SigAlg::kSha384Rsa;
  if (o == oid::kSha512WithRsa) return SigAlg::kSha512Rsa;
  if (o == oid::kDsaWithSha1) return SigAlg::kDsaSha1;
  if (o == oid::kDsaWithSha256) return SigAlg::kDsaSha256;
  if (o == oid::kEcdsaWithSha1) return SigAlg::kEcdsaSha1;
  if (o == oid::kEcdsaWithSha256) return SigAlg::kEcdsaSha256;
  if (o == oid::kEcdsaWithSha384) return SigAlg::kEcdsaSha384;
  if (o == oid::kEcdsaWithSha512) return SigAlg::kEcdsaSha512;
  if (o == oid::kEd25519) return SigAlg::kEd25519;
  return SigAlg::kUnknown;
}

RsaKey ParsedRsaKey(const x509::Certificate& c) {
  RsaKey k;
  if (KeyAlgorithm(c) != KeyAlg::kRsa || !c.spki.rsa_ok) return k;
  auto n = PositiveMagnitude(c.spki.rsa_modulus);
  auto e = PositiveMagnitude(c.spki.rsa_exponent);
  if (!n || !e) return k;
  k.n = *n;
  k.e = *e;
  k.ok = true;
  return k;
}

DsaKey ParsedDsaKey(const x509::Certificate& c) {
  DsaKey k;
  if (KeyAlgorithm(c) != KeyAlg::kDsa || c.spki.key.unused_bits != 0) return k;
  const x509::AlgorithmIdentifier& ai = c.spki.algorithm;
  if (!ai.has_params || ai.params.tag != der::kSequence) return k;
  auto y = der::ReadElement(c.spki.key.bytes);
  if (!y || y->tag != der::kInteger) return k;
  Parser pp(ai.params.value);
  auto p = pp.Expect(der::kInteger);
  auto q = pp.Expect(der::kInteger);
  auto g = pp.Expect(der::kInteger);
  if (!p || !q || !g) return k;
  auto ym = PositiveMagnitude(y->value), pm = PositiveMagnitude(p->value),
       qm = PositiveMagnitude(q->value), gm = PositiveMagnitude(g->value);
  if (!ym || !pm || !qm || !gm) return k;
  k.y = *ym;
  k.p = *pm;
  k.q = *qm;
  k.g = *gm;
  k.ok = true;
  return k;
}

size_t BitLength(der::Input mag) {
  size_t i = 0;
  while (i < mag.size() && mag[i] == 0) ++i;
  if (i == mag.size()) return 0;
  size_t bits = (mag.size() - i) * 8;
  for (uint8_t top = mag[i]; !(top & 0x80); top <<= 1) --bits;
  return bits;
}

uint32_t ModSmall(der::Input mag, uint32_t m) {
  uint64_t r = 0;
  for (uint8_t b : mag) r = ((r << 8) | b) % m;
  return static_cast<uint32_t>(r);
}

int CompareMagnitudes(der::Input a, der::Input b) {
  auto strip = [](Input x) {
    size_t i = 0;
    while (i < x.size() && x[i] == 0) ++i;
    return x.sub(i);
  };
  a = strip(a);
  b = strip(b);
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

namespace {
uint16_t ComputeKeyUsage(const x509::Certificate& c) {
  // The last keyUsage zcrypto can read: with one (or none), by the index.
  const size_t count = c.CountExtension(oid::kKeyUsage);
  if (count == 0) return 0;
  if (count == 1) {
    const auto b = GoKeyUsage(c.FindExtension(oid::kKeyUsage)->value);
    return b ? static_cast<uint16_t>(*b) : 0;
  }
  uint16_t bits = 0;
  for (const x509::Extension& e : c.extensions) {
    if (!subject::SameOid(e.oid, oid::kKeyUsage)) continue;
    if (auto b = GoKeyUsage(e.value)) bits = *b;
  }
  return bits;
}
}  // namespace

// Once per certificate: ~20 lints ask.
uint16_t KeyUsage(const x509::Certificate& c) { return c.Derived<uint16_t>(&ComputeKeyUsage); }

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

}  // namespace cair::lints::util::zcrypto
