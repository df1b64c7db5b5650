// File: lints/util/zcrypto/keys.h
// How zcrypto (the parser behind zlint) presents a certificate's key,
// signature algorithm and key usage, so that the key lints' applicability
// and verdicts agree with zlint's:
//   - PublicKeyAlgorithm comes from the SPKI algorithm OID alone.
//   - An RSA key "parses" when the BIT STRING holds SEQUENCE { INTEGER n,
//     INTEGER e } with n > 0 and e > 0 (zcrypto's rsa.PublicKey, E a big int).
//   - A DSA key parses when the key is an INTEGER y and the parameters are
//     SEQUENCE { p, q, g }, all four positive.
//   - SignatureAlgorithm comes from the TBS `signature` field, RSASSA-PSS
//     only when its parameters fall in one of zcrypto's three buckets.
//   - KeyUsage is the bit set of the last keyUsage extension that decodes
//     under Go's encoding/asn1 rules (0 when none decodes): the one key usage
//     every lint reads.
#ifndef CAIR_LINTS_UTIL_ZCRYPTO_KEYS_H_
#define CAIR_LINTS_UTIL_ZCRYPTO_KEYS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "der/input.h"
#include "der/parser.h"
#include "x509/certificate.h"

namespace cair::lints::util::zcrypto {

enum class KeyAlg { kUnknown, kRsa, kDsa, kEcdsa, kEd25519, kX25519 };
KeyAlg KeyAlgorithm(const x509::Certificate& c);

// zcrypto's SignatureAlgorithm values.
enum class SigAlg {
  kUnknown, kMd2Rsa, kMd5Rsa, kSha1Rsa, kSha256Rsa, kSha384Rsa, kSha512Rsa,
  kDsaSha1, kDsaSha256, kEcdsaSha1, kEcdsaSha256, kEcdsaSha384, kEcdsaSha512,
  kSha256RsaPss, kSha384RsaPss, kSha512RsaPss, kEd25519,
};
SigAlg SignatureAlgorithm(const x509::AlgorithmIdentifier& ai);
inline SigAlg SignatureAlgorithm(const x509::Certificate& c) {
  return SignatureAlgorithm(c.tbs_signature);
}
inline bool IsSha1Signature(SigAlg a) {
  return a == SigAlg::kSha1Rsa || a == SigAlg::kDsaSha1 || a == SigAlg::kEcdsaSha1;
}

// Unsigned big-endian magnitudes (leading zero bytes stripped).
struct RsaKey {
  bool ok = false;
  der::Input n, e;
};
RsaKey ParsedRsaKey(const x509::Certificate& c);

struct DsaKey {
  bool ok = false;
  der::Input p, q, g, y;
};
DsaKey ParsedDsaKey(const x509::Certificate& c);

// Arithmetic on unsigned big-endian magnitudes.
size_t BitLength(der::Input mag);
inline bool IsOdd(der::Input mag) { return !mag.empty() && (mag[mag.size() - 1] & 1); }
uint32_t ModSmall(der::Input mag, uint32_t m);
// -1, 0, 1 as a <, ==, > b.
int CompareMagnitudes(der::Input a, der::Input b);

// KeyUsage is zcrypto's KeyUsage bitmap, the one key usage of the lints: bit
// i is set when named bit i (0..8, x509::KeyUsageBit) is asserted in the
// last keyUsage extension that decodes under Go's rules (a BIT STRING read by
// zcrypto/reader.h, padding bits zero); 0 when none decodes or there is none.
uint16_t KeyUsage(const x509::Certificate& c);
// AnyKeyUsageBit is true when `bits` asserts any of the nine named bits
// other than `except` (-1: any of them).
inline bool AnyKeyUsageBit(uint16_t bits, int except = -1) {
  return (except < 0 ? bits : bits & ~(1u << except)) != 0;
}
inline bool HasKeyUsage(uint32_t bits, int bit) { return (bits >> bit) & 1; }

// ---- Key algorithms and usage as the RFC 5280 key lints read them ----------

// SubjectPublicKeyInfo algorithm classification.
bool HasRsaKeyAlgorithm(const x509::Certificate& c);
bool HasEcKeyAlgorithm(const x509::Certificate& c);
// An rsaEncryption key whose RSAPublicKey SEQUENCE {n, e} could be read.
bool HasReadableRsaKey(const x509::Certificate& c);
// As above, with a modulus greater than zero.
bool HasUsableRsaModulus(const x509::Certificate& c);

inline constexpr uint16_t KuBit(int named_bit) { return static_cast<uint16_t>(1u << named_bit); }
// "KeyUsageCRLSign, KeyUsageCertSign" for the bits set in `mask`, sorted.
std::string KeyUsageNames(uint16_t mask);

// True if `oid` is one of the PKCS #1 OIDs whose AlgorithmIdentifier must
// carry NULL parameters (rsaEncryption and the md2/md5/sha*WithRSAEncryption
// signature algorithms; not RSASSA-PSS).
bool IsRsaNullParamsOid(der::Input oid);
// Checks an encoded AlgorithmIdentifier (tag and length included) against
// the exact DER form SEQUENCE { `oid`, NULL }. Returns "" when it matches,
// otherwise a short description of the first difference.
std::string RsaAlgorithmIdProblem(der::Input algorithm_identifier, der::Input oid);

}  // namespace cair::lints::util::zcrypto

#endif  // CAIR_LINTS_UTIL_ZCRYPTO_KEYS_H_
