// File: lint/facts.h
// Applicability as data. `CertificateFacts` computes, once per certificate,
// a bit mask of cheap facts (is a CA, has a subjectAltName, has an RSA key,
// carries a stateOrProvinceName, ...). A certificate lint may declare in its
// Metadata the facts its CheckApplies needs (`requires_facts`): a NECESSARY
// condition, implied by CheckApplies being true. The runner then writes NA
// without calling the lint when the certificate lacks one of them; a lint
// that declares nothing is asked as before. Every bit is a plain reading of
// the certificate model, so a lint's mask can be checked against its
// CheckApplies by reading both (tests/facts_test.cc checks it on every
// certificate we have).
//
// Example: CheckApplies `c.IsCa() && c.HasExtension(oid::kNameConstraints)`
// -> `.requires_facts = lint::fact::kCa | lint::fact::kNameConstraints`.
#ifndef CAIR_LINT_FACTS_H_
#define CAIR_LINT_FACTS_H_

#include <cstdint>
#include <string>

#include "x509/certificate.h"
#include "x509/extension_index.h"

namespace cair::lint {

using Facts = uint64_t;

namespace fact {

// Bits 0-27: the certificate has at least one extension of that kind
// (c.HasExtension(oid::kX), equivalently zcrypto::LastExtension(c, oid::kX)
// != nullptr, and implied by c.x.present for the parsed forms).
constexpr Facts Ext(x509::KnownExtension e) { return Facts{1} << static_cast<int>(e); }
inline constexpr Facts kSubjectDirectoryAttributes = Ext(x509::KnownExtension::kSubjectDirectoryAttributes);
inline constexpr Facts kSubjectKeyIdentifier = Ext(x509::KnownExtension::kSubjectKeyIdentifier);
inline constexpr Facts kKeyUsage = Ext(x509::KnownExtension::kKeyUsage);
inline constexpr Facts kSubjectAltName = Ext(x509::KnownExtension::kSubjectAltName);
inline constexpr Facts kIssuerAltName = Ext(x509::KnownExtension::kIssuerAltName);
inline constexpr Facts kBasicConstraints = Ext(x509::KnownExtension::kBasicConstraints);
inline constexpr Facts kNameConstraints = Ext(x509::KnownExtension::kNameConstraints);
inline constexpr Facts kCrlDistributionPoints = Ext(x509::KnownExtension::kCrlDistributionPoints);
inline constexpr Facts kCertificatePolicies = Ext(x509::KnownExtension::kCertificatePolicies);
inline constexpr Facts kPolicyMappings = Ext(x509::KnownExtension::kPolicyMappings);
inline constexpr Facts kAuthorityKeyIdentifier = Ext(x509::KnownExtension::kAuthorityKeyIdentifier);
inline constexpr Facts kPolicyConstraints = Ext(x509::KnownExtension::kPolicyConstraints);
inline constexpr Facts kExtKeyUsage = Ext(x509::KnownExtension::kExtKeyUsage);
inline constexpr Facts kFreshestCrl = Ext(x509::KnownExtension::kFreshestCrl);
inline constexpr Facts kInhibitAnyPolicy = Ext(x509::KnownExtension::kInhibitAnyPolicy);
inline constexpr Facts kAuthorityInfoAccess = Ext(x509::KnownExtension::kAuthorityInfoAccess);
inline constexpr Facts kSubjectInfoAccess = Ext(x509::KnownExtension::kSubjectInfoAccess);
inline constexpr Facts kQcStatements = Ext(x509::KnownExtension::kQcStatements);
inline constexpr Facts kCtPoison = Ext(x509::KnownExtension::kCtPoison);
inline constexpr Facts kCtSctList = Ext(x509::KnownExtension::kCtSctList);
inline constexpr Facts kCabfOrganizationIdentifier = Ext(x509::KnownExtension::kCabfOrganizationIdentifier);
inline constexpr Facts kTorServiceDescriptor = Ext(x509::KnownExtension::kTorServiceDescriptor);

// Bits 28-31: readings of the EKU and policy lists, each a superset of
// what several lints ask, so that they need not ask.
// Some extKeyUsage lists id-kp-OCSPSigning: the first one does, or there
// are several (zcrypto::HasEku(c, oid::kEkuOcspSigning) and br_profile's
// kOcspResponder imply it).
inline constexpr Facts kEkuOcspSigning = Facts{1} << 28;
// Some certificate policy is none of the BR's DV, OV and IV identifiers and
// anyPolicy: the first certificatePolicies lists one, or there are several
// (util::dns::IsEvCert and br_profile's kSubscriberEv imply it: no EV
// policy OID is one of those four).
inline constexpr Facts kNonBrPolicy = Facts{1} << 29;

// Bits 32-: readings of the certificate.
// zlint's source pre-filter classifications (Certificate::IsServerAuth, ...).
inline constexpr Facts kServerAuth = Facts{1} << 32;
inline constexpr Facts kEmailProtection = Facts{1} << 33;
inline constexpr Facts kCodeSigning = Facts{1} << 34;
// c.IsCa() (the first basicConstraints says cA), and its negation.
inline constexpr Facts kCa = Facts{1} << 35;
inline constexpr Facts kNotCa = Facts{1} << 36;
// c.IsSelfIssued(): implied by IsSelfSigned, so by IsRootCa too.
inline constexpr Facts kSelfIssued = Facts{1} << 37;
// No CT poison extension (!c.HasExtension(oid::kCtPoison)).
inline constexpr Facts kNoCtPoison = Facts{1} << 38;
// The SPKI algorithm OID is rsaEncryption / id-ecPublicKey / id-dsa
// (zcrypto::KeyAlgorithm kRsa / kEcdsa / kDsa; HasRsaKeyAlgorithm,
// HasReadableRsaKey, ParsedRsaKey(c).ok, HasEcKeyAlgorithm ...).
inline constexpr Facts kRsaKey = Facts{1} << 39;
inline constexpr Facts kEcKey = Facts{1} << 40;
inline constexpr Facts kDsaKey = Facts{1} << 41;
// notBefore or notAfter is a GeneralizedTime / a UTCTime.
inline constexpr Facts kGeneralizedTime = Facts{1} << 42;
inline constexpr Facts kUtcTime = Facts{1} << 43;
// The TBS signature algorithm OID is one of ecdsa-with-SHA1/224/256/384/512
// / is id-RSASSA-PSS.
inline constexpr Facts kEcdsaSignature = Facts{1} << 44;
inline constexpr Facts kRsaPssSignature = Facts{1} << 45;
// c.policies.Has(oid::kBrDomainValidated / kBrOrganizationValidated /
// kBrIndividualValidated) (the first certificatePolicies extension).
inline constexpr Facts kPolicyDv = Facts{1} << 46;
inline constexpr Facts kPolicyOv = Facts{1} << 47;
inline constexpr Facts kPolicyIv = Facts{1} << 48;
// The subject has an attribute of that type, whatever its value
// (implied by CountGoStrings(c.subject, oid) > 0, subject.Has(oid),
// HasZcryptoString, LastGoString non-empty, ...).
inline constexpr Facts kSubjectCountry = Facts{1} << 49;
inline constexpr Facts kSubjectState = Facts{1} << 50;
inline constexpr Facts kSubjectLocality = Facts{1} << 51;
inline constexpr Facts kSubjectOrganization = Facts{1} << 52;
inline constexpr Facts kSubjectOrganizationalUnit = Facts{1} << 53;
inline constexpr Facts kSubjectCommonName = Facts{1} << 54;
inline constexpr Facts kSubjectSerialNumber = Facts{1} << 55;
inline constexpr Facts kSubjectStreet = Facts{1} << 56;
inline constexpr Facts kSubjectPostalCode = Facts{1} << 57;
inline constexpr Facts kSubjectEmail = Facts{1} << 58;
inline constexpr Facts kSubjectGivenName = Facts{1} << 59;
inline constexpr Facts kSubjectSurname = Facts{1} << 60;
inline constexpr Facts kSubjectOrganizationIdentifier = Facts{1} << 61;
inline constexpr Facts kSubjectPseudonym = Facts{1} << 62;
// The issuer has a countryName attribute.
inline constexpr Facts kIssuerCountry = Facts{1} << 63;

}  // namespace fact

// The facts of `c`, each computed as its comment above says.
Facts CertificateFacts(const x509::Certificate& c);

// "kCa|kSubjectAltName": the names of the bits of `f`, for messages.
std::string FactNames(Facts f);

}  // namespace cair::lint

#endif  // CAIR_LINT_FACTS_H_
