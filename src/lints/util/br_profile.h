// File: lints/util/br_profile.h
// The certificate profiles of the Baseline Requirements 7.1.2 (Ballot
// SC-062, in force from 2023-09-15): which profile a certificate falls under,
// and the profile tables the BR profile lints share (extensions each profile
// lists, subject attributes a CA certificate may carry, the reserved policy
// identifiers of 7.1.6.1).
//
// Type detection follows pkilint's, so that our findings line up with its
// codes (its cabf/serverauth determine_certificate_type):
//   self-issued (issuer and subject DER-identical)        -> root
//   cA=TRUE, by its EKU (no EKU counts as serverAuth):
//     precertificate signing                             -> precertificate signing CA
//     serverAuth or anyExtendedKeyUsage, nameConstraints -> technically constrained TLS CA
//     serverAuth or anyExtendedKeyUsage                  -> TLS CA
//     otherwise                                          -> non-TLS CA
//   not a CA, EKU has id-kp-OCSPSigning                  -> OCSP responder
//   else a subscriber certificate, by its reserved policy identifier:
//     EV, else IV, else OV, else DV (also when none is present).
// Cross-certificates cannot be told from other subordinate CAs by the
// certificate alone (pkilint asks the user): Detect gives the kinds above,
// and a run declares them instead (br_declared_type.h, --cert-type).
#ifndef CAIR_LINTS_UTIL_BR_PROFILE_H_
#define CAIR_LINTS_UTIL_BR_PROFILE_H_

#include <cstddef>

#include "der/input.h"
#include "x509/certificate.h"

namespace cair::lints::br_profile {

enum class Type {
  kRoot,
  kPrecertSigningCa,
  kTlsCa,             // unconstrained TLS subordinate CA (7.1.2.6)
  kConstrainedTlsCa,  // technically constrained TLS subordinate CA (7.1.2.5)
  kNonTlsCa,          // 7.1.2.3
  kOcspResponder,     // 7.1.2.8
  kSubscriberDv,      // 7.1.2.7, by validation level
  kSubscriberIv,
  kSubscriberOv,
  kSubscriberEv,
};

// The profile of `c` (computed once per certificate and cached).
Type Detect(const x509::Certificate& c);
// A stable lower-case name ("root", "tls_ca", "subscriber_dv", ...), for details.
const char* TypeName(Type t);

inline bool IsSubscriber(Type t) {
  return t == Type::kSubscriberDv || t == Type::kSubscriberIv || t == Type::kSubscriberOv ||
         t == Type::kSubscriberEv;
}
// The subordinate CA profiles (7.1.2.2 to 7.1.2.6), not the root.
inline bool IsSubordinateCa(Type t) {
  return t == Type::kPrecertSigningCa || t == Type::kTlsCa || t == Type::kConstrainedTlsCa ||
         t == Type::kNonTlsCa;
}
inline bool IsTlsCa(Type t) { return t == Type::kTlsCa || t == Type::kConstrainedTlsCa; }
// A root or a subordinate CA: the profiles of the CA certificate rules of
// BRs 7.1.2.10 (naming, key usage, ...).
inline bool IsCa(Type t) { return t == Type::kRoot || IsSubordinateCa(t); }

// The four CA/B Forum reserved TLS policy identifiers (BRs 7.1.6.1).
bool IsReservedPolicy(der::Input oid);
// How many of certificatePolicies' PolicyInformation carry a reserved identifier.
size_t CountReservedPolicies(const x509::CertificatePolicies& cp);

// True when the profile of type `t` lists the extension `oid` (whatever its
// requirement level, MUST NOT included); any other extension is one the
// profile's "any other extension" row covers (BRs 7.1.2.1.2, 7.1.2.4.1 to
// 7.1.2.6.1, 7.1.2.7.6, 7.1.2.8.2; a subscriber certificate's list includes
// the precertificate poison and the SCT list of 7.1.2.9).
bool ProfileListsExtension(Type t, der::Input oid);
// The first extension of `c` that the profile of its type does not list, or nullptr.
const x509::Extension* FirstUnlistedExtension(const x509::Certificate& c);

// BRs 7.1.2.7.11 (Subscriber Certificate Key Usage), by the subject public
// key's algorithm: kAllowed (RSA: digitalSignature, keyEncipherment; EC:
// digitalSignature), kDiscouraged (RSA: dataEncipherment; EC: keyAgreement)
// or kProhibited (every other bit). kUnknown for other key algorithms, which
// the table does not cover.
enum class KeyUsageRow { kAllowed, kDiscouraged, kProhibited, kUnknown };
KeyUsageRow SubscriberKeyUsageRow(const x509::Certificate& c, int bit);
// The first keyUsage bit `c` asserts whose row is `row`, or -1.
int FirstKeyUsageBitIn(const x509::Certificate& c, KeyUsageRow row);
// RFC 5280's name of KeyUsage bit `bit` ("digitalSignature", ...), for details.
const char* KeyUsageBitName(int bit);

// True when BRs 7.1.2.10.2 (CA certificate naming) lists subject attribute
// `oid`: countryName, stateOrProvinceName, localityName, postalCode,
// streetAddress, organizationName, organizationalUnitName, commonName.
bool CaSubjectListsAttribute(der::Input oid);

// True when the subject table of subscriber profile `t` lists attribute
// `oid` (whatever its requirement level): BRs 7.1.2.7.3 (IV: countryName,
// stateOrProvinceName, localityName, postalCode, streetAddress,
// organizationName, surname, givenName, organizationalUnitName, commonName)
// and 7.1.2.7.4 (OV: the same and domainComponent). False for other profiles.
bool SubscriberSubjectListsAttribute(Type t, der::Input oid);

// The length in characters of a subject attribute's value, as the BRs 7.1.4.2
// maximum lengths count it: UTF-8 continuation octets do not start a
// character, a BMPString spends two octets and a UniversalString four on
// each, every other string type one.
size_t ValueCharacters(const x509::Attribute& a);

// True when `aid` (a whole encoded AlgorithmIdentifier) is byte for byte one
// of the signature AlgorithmIdentifiers BRs 7.1.3.2 allows: RSASSA-PKCS1-v1_5
// with SHA-256/384/512 (NULL parameters), RSASSA-PSS with SHA-256/384/512
// (MGF1 with the same hash, salt the hash's length) and ECDSA with
// SHA-256/384/512 (parameters absent).
bool IsAllowedSignatureAlgorithmEncoding(der::Input aid);

}  // namespace cair::lints::br_profile

#endif  // CAIR_LINTS_UTIL_BR_PROFILE_H_
