// File: lints/util/mozilla/encodings.h
// Helpers for the Mozilla Root Store Policy lints (src/lints/mozilla/):
//   - MRSP 5.1.1 / 5.1.2 list the only acceptable DER encodings of the
//     AlgorithmIdentifiers for RSASSA-PSS signatures, ECDSA subject public
//     keys and ECDSA signatures; the tables and comparisons live here;
//   - the ECDSA signing curve is inferred from the length of the signature
//     value, as zlint does (the issuer's key is not at hand);
//   - the authorityKeyIdentifier is decoded with Go encoding/asn1's rules
//     (the reader zlint's AKI lint uses), reporting whether the keyIdentifier
//     and authorityCertIssuer fields carry any content.
#ifndef CAIR_LINTS_UTIL_MOZILLA_ENCODINGS_H_
#define CAIR_LINTS_UTIL_MOZILLA_ENCODINGS_H_

#include <cstddef>
#include <optional>
#include <string>

#include "der/input.h"

namespace cair::lints::util::mozilla {

// True if `aid` (a whole encoded AlgorithmIdentifier, tag and length
// included) is byte-for-byte one of MRSP 5.1.2's SubjectPublicKeyInfo
// encodings for P-256, P-384 or P-521 keys.
bool IsAllowedEcSpkiAlgorithm(der::Input aid);

// True if `aid` is byte-for-byte one of MRSP 5.1.1's three RSASSA-PSS
// AlgorithmIdentifiers (SHA-256/384/512, MGF1 with the same hash, salt
// length equal to the hash length).
bool IsAllowedPssAlgorithm(der::Input aid);
inline constexpr size_t kAllowedPssEncodings = 3;

// The curve an ECDSA signature of `signature_bytes` bytes is taken to come
// from: an Ecdsa-Sig-Value for P-256 is at most 72 bytes, P-384 at most 104,
// P-521 at most 140. nullopt when longer.
enum class EcCurve { kP256, kP384, kP521 };
std::optional<EcCurve> CurveForSignatureLength(size_t signature_bytes);
const char* CurveName(EcCurve curve);  // "P-256", ...
// The one AlgorithmIdentifier MRSP 5.1.2 allows for a signature by a key on
// `curve` (ecdsa-with-SHA256/384/512, parameters absent).
der::Input EcdsaSignatureAlgorithm(EcCurve curve);

// authorityKeyIdentifier as Go's asn1.Unmarshal reads it into a struct of
// three optional context-tagged raw values [0], [1], [2].
struct AkiFields {
  bool ok = false;
  std::string error;            // when !ok
  bool key_id_content = false;  // [0] present with non-empty contents
  bool issuer_content = false;  // [1] present with non-empty contents
  bool serial_content = false;  // [2] present with non-empty contents
};
AkiFields DecodeAki(der::Input extension_value);


}  // namespace cair::lints::util::mozilla

#endif  // CAIR_LINTS_UTIL_MOZILLA_ENCODINGS_H_
