// File: lints/util/br_key_zcrypto.h
// How zcrypto (the parser behind zlint) presents a certificate's key,
// signature algorithm, key usage, basic constraints, CRL distribution points
// and validity, for the CA/B Forum BR key/algorithm/validity lints, so that
// their applicability and verdicts agree with zlint's. Everything is
// computed from the views of the parsed model; nothing allocates except the
// URI list.
//   - PublicKeyAlgorithm comes from the SPKI algorithm OID alone.
//   - An RSA key "parses" when the BIT STRING holds SEQUENCE { INTEGER n,
//     INTEGER e } with n > 0 and e > 0 (zcrypto's rsa.PublicKey, E a big int).
//   - A DSA key parses when the key is an INTEGER y and the parameters are
//     SEQUENCE { p, q, g }, all four positive.
//   - SignatureAlgorithm comes from the TBS `signature` field, RSASSA-PSS
//     only when its parameters fall in one of zcrypto's three buckets.
//   - KeyUsage is the bit set of the last keyUsage extension that decodes
//     under Go's encoding/asn1 rules (0 when none decodes).
#ifndef CAIR_LINTS_UTIL_BR_KEY_ZCRYPTO_H_
#define CAIR_LINTS_UTIL_BR_KEY_ZCRYPTO_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "der/input.h"
#include "der/parser.h"
#include "x509/certificate.h"

namespace cair::lints::util {

enum class BrKeyAlg { kUnknown, kRsa, kDsa, kEcdsa, kEd25519, kX25519 };
BrKeyAlg BrKeyAlgorithm(const x509::Certificate& c);

// zcrypto's SignatureAlgorithm values.
enum class BrSigAlg {
  kUnknown, kMd2Rsa, kMd5Rsa, kSha1Rsa, kSha256Rsa, kSha384Rsa, kSha512Rsa,
  kDsaSha1, kDsaSha256, kEcdsaSha1, kEcdsaSha256, kEcdsaSha384, kEcdsaSha512,
  kSha256RsaPss, kSha384RsaPss, kSha512RsaPss, kEd25519,
};
BrSigAlg BrSignatureAlgorithm(const x509::AlgorithmIdentifier& ai);
inline BrSigAlg BrSignatureAlgorithm(const x509::Certificate& c) {
  return BrSignatureAlgorithm(c.tbs_signature);
}
inline bool BrIsSha1Signature(BrSigAlg a) {
  return a == BrSigAlg::kSha1Rsa || a == BrSigAlg::kDsaSha1 || a == BrSigAlg::kEcdsaSha1;
}

// Unsigned big-endian magnitudes (leading zero bytes stripped).
struct BrRsaKey {
  bool ok = false;
  der::Input n, e;
};
BrRsaKey BrParsedRsaKey(const x509::Certificate& c);

struct BrDsaKey {
  bool ok = false;
  der::Input p, q, g, y;
};
BrDsaKey BrParsedDsaKey(const x509::Certificate& c);

// Arithmetic on unsigned big-endian magnitudes.
size_t BrBitLength(der::Input mag);
inline bool BrIsOdd(der::Input mag) { return !mag.empty() && (mag[mag.size() - 1] & 1); }
uint32_t BrModSmall(der::Input mag, uint32_t m);
// -1, 0, 1 as a <, ==, > b.
int BrCompare(der::Input a, der::Input b);

// zcrypto's KeyUsage bit set (bit i = named bit i of RFC 5280 4.2.1.3).
uint32_t BrKeyUsageBits(const x509::Certificate& c);
inline bool BrKeyUsageHas(uint32_t bits, int bit) { return (bits >> bit) & 1; }

// Go encoding/asn1 decode of a BasicConstraints extension value into
// { IsCA bool optional, MaxPathLen int optional }: nullopt on a decode error,
// else the cA flag.
std::optional<bool> BrGoBasicConstraintsCa(der::Input value);

// The last extension with `oid` (zlint's GetExtFromCert reads zcrypto's
// ExtensionsMap, where a later duplicate overwrites an earlier one).
const x509::Extension* BrLastExtension(const x509::Certificate& c, der::Input oid);

// Reads one element with Go encoding/asn1's strictness (minimal lengths and
// tags, no indefinite length); nullopt on error.
std::optional<der::Element> BrGoReadElement(der::Input in);

// zcrypto's CRLDistributionPoints: the [6]-numbered names of each
// distribution point's fullName, from every cRLDistributionPoints extension.
// Computed once per certificate (Certificate::Derived) and shared by the
// lints that need it.
const std::vector<der::Input>& BrCrlDistributionUris(const x509::Certificate& c);
// Number of zcrypto's OCSPServer entries (AIA id-ad-ocsp, location tag 6).
size_t BrOcspServerCount(const x509::Certificate& c);

// Go's time.AddDate on a Unix time (UTC): months and days are added to the
// civil date, then an out-of-range day is normalised (Jan 31 + 1 month =
// Mar 3 or 2).
int64_t BrAddDate(int64_t unix, int years, int months, int days);

// util.CertificateValidityInSeconds: notAfter + 1s - notBefore.
inline int64_t BrValiditySeconds(const x509::Certificate& c) {
  return c.not_after.unix + 1 - c.not_before.unix;
}

}  // namespace cair::lints::util

#endif  // CAIR_LINTS_UTIL_BR_KEY_ZCRYPTO_H_
