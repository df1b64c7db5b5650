// File: lints/util/br_key_zcrypto.cc
#include "lints/util/br_key_zcrypto.h"

#include "der/values.h"
#include "x509/oids.h"

namespace cair::lints::util {
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
  auto seq = BrGoReadElement(full);
  if (!seq || seq->tag != der::kSequence) return std::nullopt;
  Input rest = seq->value;
  auto oid = BrGoReadElement(rest);
  if (!oid || oid->tag != der::kOid || !der::IsValidOid(oid->value)) return std::nullopt;
  GoAlgId out{oid->value, {}};
  rest = rest.sub(oid->full.size());
  if (!rest.empty()) {
    auto params = BrGoReadElement(rest);
    if (!params) return std::nullopt;
    out.params_full = params->full;
  }
  return out;
}

// The element inside an EXPLICIT [n] wrapper at the front of `*rest`;
// nullopt (and *rest unchanged) when the wrapper is absent.
std::optional<Element> GoExplicit(Input* rest, uint32_t n, bool* error) {
  if (rest->empty()) return std::nullopt;
  auto wrapper = BrGoReadElement(*rest);
  if (!wrapper) {
    *error = true;
    return std::nullopt;
  }
  if (wrapper->tag != der::ContextConstructed(n)) return std::nullopt;
  auto inner = BrGoReadElement(wrapper->value);
  if (!inner) {
    *error = true;
    return std::nullopt;
  }
  *rest = rest->sub(wrapper->full.size());
  return inner;
}

BrSigAlg PssAlgorithm(const x509::AlgorithmIdentifier& ai) {
  if (!ai.has_params) return BrSigAlg::kUnknown;
  auto seq = BrGoReadElement(ai.params.full);
  if (!seq || seq->tag != der::kSequence) return BrSigAlg::kUnknown;
  Input rest = seq->value;
  bool error = false;
  auto hash = GoExplicit(&rest, 0, &error);
  if (!hash || error) return BrSigAlg::kUnknown;
  auto mgf = GoExplicit(&rest, 1, &error);
  if (!mgf || error) return BrSigAlg::kUnknown;
  auto salt = GoExplicit(&rest, 2, &error);
  if (!salt || error || salt->tag != der::kInteger) return BrSigAlg::kUnknown;
  auto salt_len = GoInt64(salt->value);
  if (!salt_len) return BrSigAlg::kUnknown;
  int64_t trailer = 1;
  if (auto t = GoExplicit(&rest, 3, &error)) {
    if (t->tag != der::kInteger) return BrSigAlg::kUnknown;
    auto v = GoInt64(t->value);
    if (!v) return BrSigAlg::kUnknown;
    trailer = *v;
  }
  if (error) return BrSigAlg::kUnknown;
  auto hash_ai = GoAlgorithmIdentifier(hash->full);
  auto mgf_ai = GoAlgorithmIdentifier(mgf->full);
  if (!hash_ai || !mgf_ai) return BrSigAlg::kUnknown;
  auto mgf_hash = GoAlgorithmIdentifier(mgf_ai->params_full);
  if (!mgf_hash) return BrSigAlg::kUnknown;
  if (hash_ai->params_full != kNullDer || mgf_ai->oid != oid::kMgf1 ||
      mgf_hash->oid != hash_ai->oid || mgf_hash->params_full != kNullDer || trailer != 1)
    return BrSigAlg::kUnknown;
  if (hash_ai->oid == oid::kSha256 && *salt_len == 32) return BrSigAlg::kSha256RsaPss;
  if (hash_ai->oid == kSha384Oid && *salt_len == 48) return BrSigAlg::kSha384RsaPss;
  if (hash_ai->oid == kSha512Oid && *salt_len == 64) return BrSigAlg::kSha512RsaPss;
  return BrSigAlg::kUnknown;
}

// Go asn1.BitString decode of a keyUsage value; nullopt on error.
std::optional<uint32_t> GoKeyUsage(Input value) {
  auto el = BrGoReadElement(value);
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

std::optional<der::Element> BrGoReadElement(der::Input in) {
  der::ParseError err;
  auto el = der::ReadElement(in, &err);
  if (!el || el->flags != 0) return std::nullopt;
  return el;
}

const x509::Extension* BrLastExtension(const x509::Certificate& c, der::Input oid) {
  const x509::Extension* last = nullptr;
  for (const x509::Extension& e : c.extensions)
    if (e.oid == oid) last = &e;
  return last;
}

BrKeyAlg BrKeyAlgorithm(const x509::Certificate& c) {
  const Input o = c.spki.algorithm.oid;
  if (o == oid::kRsaEncryption) return BrKeyAlg::kRsa;
  if (o == oid::kDsa) return BrKeyAlg::kDsa;
  if (o == oid::kEcPublicKey) return BrKeyAlg::kEcdsa;
  if (o == oid::kEd25519) return BrKeyAlg::kEd25519;
  if (o == oid::kX25519) return BrKeyAlg::kX25519;
  return BrKeyAlg::kUnknown;
}

BrSigAlg BrSignatureAlgorithm(const x509::AlgorithmIdentifier& ai) {
  const Input o = ai.oid;
  if (o == oid::kRsaPss) return PssAlgorithm(ai);
  if (o == oid::kMd2WithRsa) return BrSigAlg::kMd2Rsa;
  if (o == oid::kMd5WithRsa) return BrSigAlg::kMd5Rsa;
  if (o == oid::kSha1WithRsa || o == kOiwSha1WithRsa) return BrSigAlg::kSha1Rsa;
  if (o == oid::kSha256WithRsa) return BrSigAlg::kSha256Rsa;
  if (o == oid::kSha384WithRsa) return BrSigAlg::kSha384Rsa;
  if (o == oid::kSha512WithRsa) return BrSigAlg::kSha512Rsa;
  if (o == oid::kDsaWithSha1) return BrSigAlg::kDsaSha1;
  if (o == oid::kDsaWithSha256) return BrSigAlg::kDsaSha256;
  if (o == oid::kEcdsaWithSha1) return BrSigAlg::kEcdsaSha1;
  if (o == oid::kEcdsaWithSha256) return BrSigAlg::kEcdsaSha256;
  if (o == oid::kEcdsaWithSha384) return BrSigAlg::kEcdsaSha384;
  if (o == oid::kEcdsaWithSha512) return BrSigAlg::kEcdsaSha512;
  if (o == oid::kEd25519) return BrSigAlg::kEd25519;
  return BrSigAlg::kUnknown;
}

BrRsaKey BrParsedRsaKey(const x509::Certificate& c) {
  BrRsaKey k;
  if (BrKeyAlgorithm(c) != BrKeyAlg::kRsa || !c.spki.rsa_ok) return k;
  auto n = PositiveMagnitude(c.spki.rsa_modulus);
  auto e = PositiveMagnitude(c.spki.rsa_exponent);
  if (!n || !e) return k;
  k.n = *n;
  k.e = *e;
  k.ok = true;
  return k;
}

BrDsaKey BrParsedDsaKey(const x509::Certificate& c) {
  BrDsaKey k;
  if (BrKeyAlgorithm(c) != BrKeyAlg::kDsa || c.spki.key.unused_bits != 0) return k;
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

size_t BrBitLength(der::Input mag) {
  size_t i = 0;
  while (i < mag.size() && mag[i] == 0) ++i;
  if (i == mag.size()) return 0;
  size_t bits = (mag.size() - i) * 8;
  for (uint8_t top = mag[i]; !(top & 0x80); top <<= 1) --bits;
  return bits;
}

uint32_t BrModSmall(der::Input mag, uint32_t m) {
  uint64_t r = 0;
  for (uint8_t b : mag) r = ((r << 8) | b) % m;
  return static_cast<uint32_t>(r);
}

int BrCompare(der::Input a, der::Input b) {
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

uint32_t BrKeyUsageBits(const x509::Certificate& c) {
  uint32_t bits = 0;
  for (const x509::Extension& e : c.extensions) {
    if (e.oid != oid::kKeyUsage) continue;
    if (auto b = GoKeyUsage(e.value)) bits = *b;
  }
  return bits;
}

std::optional<bool> BrGoBasicConstraintsCa(der::Input value) {
  auto seq = BrGoReadElement(value);
  if (!seq || seq->tag != der::kSequence) return std::nullopt;
  Input rest = seq->value;
  bool ca = false;
  if (!rest.empty()) {
    auto el = BrGoReadElement(rest);
    if (!el) return std::nullopt;
    if (el->tag == der::kBoolean) {
      if (el->value.size() != 1 || (el->value[0] != 0 && el->value[0] != 0xff)) return std::nullopt;
      ca = el->value[0] == 0xff;
      rest = rest.sub(el->full.size());
    }
  }
  if (!rest.empty()) {
    auto el = BrGoReadElement(rest);
    if (!el) return std::nullopt;
    if (el->tag == der::kInteger && !GoInt64(el->value)) return std::nullopt;
  }
  return ca;
}

namespace {
std::vector<der::Input> ComputeCrlDistributionUris(const x509::Certificate& c) {
  std::vector<Input> uris;
  for (const x509::Extension& e : c.extensions) {
    if (e.oid != oid::kCrlDistributionPoints) continue;
    auto outer = der::ReadElement(e.value);
    if (!outer || outer->tag != der::kSequence) continue;
    Parser dps(outer->value);
    while (auto dp = dps.Next()) {
      if (dp->tag != der::kSequence) continue;
      Parser fields(dp->value);
      auto name = fields.Optional(der::ContextConstructed(0));
      if (!name) continue;
      auto full = der::ReadElement(name->value);
      if (!full || full->tag.cls != der::TagClass::kContextSpecific || full->tag.number != 0)
        continue;
      Parser names(full->value);
      while (auto n = names.Next())
        if (n->tag.number == 6) uris.push_back(n->value);
    }
  }
  return uris;
}
}  // namespace

const std::vector<der::Input>& BrCrlDistributionUris(const x509::Certificate& c) {
  return c.Derived(&ComputeCrlDistributionUris);
}

size_t BrOcspServerCount(const x509::Certificate& c) {
  size_t count = 0;
  for (const x509::Extension& e : c.extensions) {
    if (e.oid != oid::kAuthorityInfoAccess) continue;
    auto outer = der::ReadElement(e.value);
    if (!outer || outer->tag != der::kSequence) continue;
    Parser ads(outer->value);
    while (auto ad = ads.Next()) {
      if (ad->tag != der::kSequence) continue;
      Parser fields(ad->value);
      auto method = fields.Expect(der::kOid);
      auto location = fields.Next();
      if (method && location && method->value == oid::kAdOcsp && location->tag.number == 6) ++count;
    }
  }
  return count;
}

int64_t BrAddDate(int64_t unix, int years, int months, int days) {
  int64_t day = unix >= 0 ? unix / 86400 : -((-unix + 86399) / 86400);
  const int64_t secs = unix - day * 86400;
  const der::Time t = der::FromUnix(day * 86400);
  int64_t y = t.year + years;
  int64_t m0 = static_cast<int64_t>(t.month) - 1 + months;
  const int64_t carry = m0 >= 0 ? m0 / 12 : -((-m0 + 11) / 12);
  y += carry;
  m0 -= carry * 12;
  const int64_t result_day =
      der::DaysFromCivil(y, static_cast<unsigned>(m0 + 1), 1) + (t.day - 1) + days;
  return result_day * 86400 + secs;
}

}  // namespace cair::lints::util
