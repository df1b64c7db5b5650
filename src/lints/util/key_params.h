// File: lints/util/key_params.h
// Public-key and algorithm-identifier helpers shared by the key lints
// (RFC 3279 2.3, RFC 4055, RFC 5480 3, RFC 8813 3). They give the view of a
// certificate that zlint reads through zcrypto:
//   - the key algorithm is decided by the SubjectPublicKeyInfo OID alone
//     (rsaEncryption -> RSA, id-ecPublicKey -> ECDSA; RSASSA-PSS is not RSA);
//   - the keyUsage bitmap is zero unless the extension value is a DER BIT
//     STRING with zero padding bits (Go's encoding/asn1 rejects the rest);
//   - key-usage names are Go's constant names, listed in byte order.
#ifndef CAIR_LINTS_UTIL_KEY_PARAMS_H_
#define CAIR_LINTS_UTIL_KEY_PARAMS_H_

#include <cstdint>
#include <string>

#include "der/input.h"
#include "x509/certificate.h"

namespace cair::lints::util {

// SubjectPublicKeyInfo algorithm classification.
bool HasRsaKeyAlgorithm(const x509::Certificate& c);
bool HasEcKeyAlgorithm(const x509::Certificate& c);
// An rsaEncryption key whose RSAPublicKey SEQUENCE {n, e} could be read.
bool HasReadableRsaKey(const x509::Certificate& c);
// As above, with a modulus greater than zero.
bool HasUsableRsaModulus(const x509::Certificate& c);

// keyUsage as a bitmap: bit i is the named bit i of RFC 5280 4.2.1.3
// (digitalSignature = bit 0 ... decipherOnly = bit 8).
uint16_t KeyUsageMask(const x509::Certificate& c);
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

}  // namespace cair::lints::util

#endif  // CAIR_LINTS_UTIL_KEY_PARAMS_H_
