// File: x509/extensions.h
// Extension (RFC 5280 4.1, 4.2) and the parsed forms of the extensions that
// lints read. Each parsed form has `present` (the extension occurs) and `ok`
// (its value parsed as the ASN.1 says); when `ok` is false the fields hold
// what could be read. Every view aliases the certificate's bytes.
#ifndef CAIR_X509_EXTENSIONS_H_
#define CAIR_X509_EXTENSIONS_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "der/parser.h"
#include "der/values.h"
#include "x509/general_name.h"

namespace cair::x509 {

//   Extension ::= SEQUENCE {
//        extnID      OBJECT IDENTIFIER,
//        critical    BOOLEAN DEFAULT FALSE,
//        extnValue   OCTET STRING }
struct Extension {
  der::Input oid;
  bool critical = false;
  bool critical_encoded = false;  // the BOOLEAN was present (DER forbids encoding FALSE)
  bool critical_der_ok = true;    // BOOLEAN value was 0x00 or 0xFF
  der::Input value;               // extnValue contents
  der::Input full;
  bool ok = true;                 // the Extension SEQUENCE itself was well-formed
};

// Parses the contents of `Extensions ::= SEQUENCE SIZE (1..MAX) OF Extension`.
// `*ok` is false when an element was malformed (those are skipped).
std::vector<Extension> ParseExtensions(der::Input contents, bool* ok);

// True when `value` holds exactly one DER element and nothing after it.
bool IsSingleElement(der::Input value, der::Element* out = nullptr);

//   BasicConstraints ::= SEQUENCE {
//        cA                      BOOLEAN DEFAULT FALSE,
//        pathLenConstraint       INTEGER (0..MAX) OPTIONAL }
struct BasicConstraints {
  bool present = false, ok = false, critical = false;
  bool ca = false;
  bool ca_encoded = false;
  bool has_path_len = false;
  int64_t path_len = 0;
  der::Input path_len_raw;
};
BasicConstraints ParseBasicConstraints(const Extension& e);

//   KeyUsage ::= BIT STRING
enum KeyUsageBit : int {
  kDigitalSignature = 0, kNonRepudiation = 1, kKeyEncipherment = 2, kDataEncipherment = 3,
  kKeyAgreement = 4, kKeyCertSign = 5, kCrlSign = 6, kEncipherOnly = 7, kDecipherOnly = 8,
};
struct KeyUsage {
  bool present = false, ok = false, critical = false;
  der::BitString bits;
  bool padding_zero = true;
  bool Has(KeyUsageBit b) const { return bits.Bit(b); }
  bool Any() const {
    for (int i = 0; i <= 8; ++i)
      if (Has(static_cast<KeyUsageBit>(i))) return true;
    return false;
  }
};
KeyUsage ParseKeyUsage(const Extension& e);

//   ExtKeyUsageSyntax ::= SEQUENCE SIZE (1..MAX) OF KeyPurposeId
struct ExtKeyUsage {
  bool present = false, ok = false, critical = false;
  std::vector<der::Input> purposes;
  bool Has(der::Input oid) const {
    for (auto p : purposes)
      if (p == oid) return true;
    return false;
  }
};
ExtKeyUsage ParseExtKeyUsage(const Extension& e);

// subjectAltName / issuerAltName: GeneralNames.
struct AltName {
  bool present = false, ok = false, critical = false;
  bool empty_sequence = false;
  GeneralNames names;
};
AltName ParseAltName(const Extension& e);

//   AuthorityKeyIdentifier ::= SEQUENCE {
//       keyIdentifier             [0] KeyIdentifier           OPTIONAL,
//       authorityCertIssuer       [1] GeneralNames            OPTIONAL,
//       authorityCertSerialNumber [2] CertificateSerialNumber OPTIONAL }
struct AuthorityKeyId {
  bool present = false, ok = false, critical = false;
  bool has_key_id = false;
  der::Input key_id;
  bool has_issuer = false;
  GeneralNames issuer;
  bool has_serial = false;
  der::Input serial;
};
AuthorityKeyId ParseAuthorityKeyId(const Extension& e);

//   SubjectKeyIdentifier ::= KeyIdentifier (OCTET STRING)
struct SubjectKeyId {
  bool present = false, ok = false, critical = false;
  der::Input key_id;
};
SubjectKeyId ParseSubjectKeyId(const Extension& e);

//   PolicyInformation ::= SEQUENCE {
//        policyIdentifier   CertPolicyId,
//        policyQualifiers   SEQUENCE SIZE (1..MAX) OF PolicyQualifierInfo OPTIONAL }
//   PolicyQualifierInfo ::= SEQUENCE { policyQualifierId, qualifier ANY }
//   UserNotice ::= SEQUENCE { noticeRef NoticeReference OPTIONAL,
//                             explicitText DisplayText OPTIONAL }
//   NoticeReference ::= SEQUENCE { organization DisplayText,
//                                  noticeNumbers SEQUENCE OF INTEGER }
struct PolicyQualifier {
  der::Input id;
  der::Element qualifier;  // cPSuri: IA5String; userNotice: SEQUENCE
  bool has_qualifier = false;
  // userNotice, parsed:
  bool has_notice_ref = false;
  der::Element notice_org;
  bool has_explicit_text = false;
  der::Element explicit_text;
};
struct PolicyInformation {
  der::Input oid;
  std::vector<PolicyQualifier> qualifiers;
};
struct CertificatePolicies {
  bool present = false, ok = false, critical = false;
  std::vector<PolicyInformation> policies;
  bool Has(der::Input oid) const {
    for (const auto& p : policies)
      if (p.oid == oid) return true;
    return false;
  }
};
CertificatePolicies ParseCertificatePolicies(const Extension& e);

//   DistributionPoint ::= SEQUENCE {
//        distributionPoint       [0]     DistributionPointName OPTIONAL,
//        reasons                 [1]     ReasonFlags OPTIONAL,
//        cRLIssuer               [2]     GeneralNames OPTIONAL }
//   DistributionPointName ::= CHOICE {
//        fullName                [0]     GeneralNames,
//        nameRelativeToCRLIssuer [1]     RelativeDistinguishedName }
struct DistributionPoint {
  bool has_name = false;
  bool name_is_full = false;
  GeneralNames full_name;
  der::Input relative_name;
  bool has_reasons = false;
  der::BitString reasons;
  bool has_crl_issuer = false;
  GeneralNames crl_issuer;
};
struct CrlDistributionPoints {
  bool present = false, ok = false, critical = false;
  std::vector<DistributionPoint> points;
};
CrlDistributionPoints ParseCrlDistributionPoints(const Extension& e);

//   AccessDescription ::= SEQUENCE { accessMethod OBJECT IDENTIFIER,
//                                    accessLocation GeneralName }
struct AccessDescription {
  der::Input method;
  GeneralName location;
};
struct InfoAccess {
  bool present = false, ok = false, critical = false;
  std::vector<AccessDescription> descriptions;
};
InfoAccess ParseInfoAccess(const Extension& e);

//   NameConstraints ::= SEQUENCE {
//        permittedSubtrees [0] GeneralSubtrees OPTIONAL,
//        excludedSubtrees  [1] GeneralSubtrees OPTIONAL }
//   GeneralSubtree ::= SEQUENCE { base GeneralName,
//        minimum [0] BaseDistance DEFAULT 0, maximum [1] BaseDistance OPTIONAL }
struct GeneralSubtree {
  GeneralName base;
  bool has_minimum = false;
  int64_t minimum = 0;
  bool has_maximum = false;
  int64_t maximum = 0;
};
struct NameConstraints {
  bool present = false, ok = false, critical = false;
  bool has_permitted = false, has_excluded = false;
  std::vector<GeneralSubtree> permitted, excluded;
};
NameConstraints ParseNameConstraints(const Extension& e);

//   PolicyConstraints ::= SEQUENCE {
//        requireExplicitPolicy [0] SkipCerts OPTIONAL,
//        inhibitPolicyMapping  [1] SkipCerts OPTIONAL }
struct PolicyConstraints {
  bool present = false, ok = false, critical = false;
  bool has_require = false, has_inhibit = false;
  int64_t require = 0, inhibit = 0;
};
PolicyConstraints ParsePolicyConstraints(const Extension& e);

//   PolicyMappings ::= SEQUENCE SIZE (1..MAX) OF SEQUENCE {
//        issuerDomainPolicy CertPolicyId, subjectDomainPolicy CertPolicyId }
struct PolicyMappings {
  bool present = false, ok = false, critical = false;
  std::vector<std::pair<der::Input, der::Input>> mappings;
};
PolicyMappings ParsePolicyMappings(const Extension& e);

// RFC 6962 3.3: the SCT list extension holds an OCTET STRING whose contents
// are a TLS-encoded `SignedCertificateTimestampList`.
struct Sct {
  uint8_t version = 0;
  der::Input log_id;   // 32 bytes
  uint64_t timestamp_ms = 0;
  der::Input raw;
};
struct SctList {
  bool present = false, ok = false, critical = false;
  std::vector<Sct> scts;
};
SctList ParseSctList(const Extension& e);

}  // namespace cair::x509

#endif  // CAIR_X509_EXTENSIONS_H_
