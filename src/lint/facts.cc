#include "lint/facts.h"

#include <array>
#include <string_view>

#include "x509/oids.h"

namespace cair::lint {

namespace {

// Attribute types with a fact, by the last octet of id-at (2.5.4.x).
constexpr std::array<Facts, 128> IdAtFacts() {
  std::array<Facts, 128> t{};
  t[0x06] = fact::kSubjectCountry;
  t[0x08] = fact::kSubjectState;
  t[0x07] = fact::kSubjectLocality;
  t[0x0a] = fact::kSubjectOrganization;
  t[0x0b] = fact::kSubjectOrganizationalUnit;
  t[0x03] = fact::kSubjectCommonName;
  t[0x05] = fact::kSubjectSerialNumber;
  t[0x09] = fact::kSubjectStreet;
  t[0x11] = fact::kSubjectPostalCode;
  t[0x2a] = fact::kSubjectGivenName;
  t[0x04] = fact::kSubjectSurname;
  t[0x61] = fact::kSubjectOrganizationIdentifier;
  t[0x41] = fact::kSubjectPseudonym;
  return t;
}
constexpr std::array<Facts, 128> kIdAtFacts = IdAtFacts();

// The table above agrees with the named OIDs.
constexpr Facts IdAt(der::Input o) { return kIdAtFacts[o[2]]; }
static_assert(IdAt(oid::kCountryName) == fact::kSubjectCountry && IdAt(oid::kStateOrProvinceName) == fact::kSubjectState &&
              IdAt(oid::kLocalityName) == fact::kSubjectLocality &&
              IdAt(oid::kOrganizationName) == fact::kSubjectOrganization &&
              IdAt(oid::kOrganizationalUnitName) == fact::kSubjectOrganizationalUnit &&
              IdAt(oid::kCommonName) == fact::kSubjectCommonName &&
              IdAt(oid::kSerialNumber) == fact::kSubjectSerialNumber &&
              IdAt(oid::kStreetAddress) == fact::kSubjectStreet && IdAt(oid::kPostalCode) == fact::kSubjectPostalCode &&
              IdAt(oid::kGivenName) == fact::kSubjectGivenName && IdAt(oid::kSurname) == fact::kSubjectSurname &&
              IdAt(oid::kOrganizationIdentifier) == fact::kSubjectOrganizationIdentifier &&
              IdAt(oid::kPseudonym) == fact::kSubjectPseudonym);

Facts SubjectFacts(const x509::Name& subject) {
  Facts f = 0;
  for (const x509::Attribute& a : subject.attributes) {
    const der::Input o = a.oid;
    if (o.size() == 3 && o[0] == 0x55 && o[1] == 0x04 && o[2] < 128) {
      f |= kIdAtFacts[o[2]];
    } else if (o == oid::kEmailAddress) {
      f |= fact::kSubjectEmail;
    }
  }
  return f;
}

bool IsEcdsaSignature(der::Input o) {
  return o == oid::kEcdsaWithSha1 || o == oid::kEcdsaWithSha224 || o == oid::kEcdsaWithSha256 ||
         o == oid::kEcdsaWithSha384 || o == oid::kEcdsaWithSha512;
}

}  // namespace

Facts CertificateFacts(const x509::Certificate& c) {
  Facts f = c.KnownExtensionsPresent();
  if (c.IsServerAuth()) f |= fact::kServerAuth;
  if (c.IsEmailProtection()) f |= fact::kEmailProtection;
  if (c.IsCodeSigning()) f |= fact::kCodeSigning;
  f |= c.IsCa() ? fact::kCa : fact::kNotCa;
  if (c.IsSelfIssued()) f |= fact::kSelfIssued;
  if (!(f & fact::kCtPoison)) f |= fact::kNoCtPoison;
  const der::Input key = c.spki.algorithm.oid;
  if (key == oid::kRsaEncryption) f |= fact::kRsaKey;
  else if (key == oid::kEcPublicKey) f |= fact::kEcKey;
  else if (key == oid::kDsa) f |= fact::kDsaKey;
  if (c.not_before.IsGeneralized() || c.not_after.IsGeneralized()) f |= fact::kGeneralizedTime;
  if (c.not_before.IsUtc() || c.not_after.IsUtc()) f |= fact::kUtcTime;
  const der::Input sig = c.tbs_signature.oid;
  if (IsEcdsaSignature(sig)) f |= fact::kEcdsaSignature;
  else if (sig == oid::kRsaPss) f |= fact::kRsaPssSignature;
  if (c.policies.present) {
    for (const x509::PolicyInformation& p : c.policies.policies) {
      if (p.oid == oid::kBrDomainValidated) f |= fact::kPolicyDv;
      else if (p.oid == oid::kBrOrganizationValidated) f |= fact::kPolicyOv;
      else if (p.oid == oid::kBrIndividualValidated) f |= fact::kPolicyIv;
      else if (p.oid != oid::kAnyPolicy) f |= fact::kNonBrPolicy;
    }
    if (c.CountExtension(oid::kCertificatePolicies) > 1) f |= fact::kNonBrPolicy;
  }
  if (c.ext_key_usage.present &&
      (c.ext_key_usage.Has(oid::kEkuOcspSigning) || c.CountExtension(oid::kExtKeyUsage) > 1))
    f |= fact::kEkuOcspSigning;
  f |= SubjectFacts(c.subject);
  for (const x509::Attribute& a : c.issuer.attributes)
    if (a.oid == oid::kCountryName) {
      f |= fact::kIssuerCountry;
      break;
    }
  return f;
}

std::string FactNames(Facts f) {
  static constexpr std::array<std::string_view, 64> kNames = [] {
    std::array<std::string_view, 64> n{};
    n[0] = "kSubjectDirectoryAttributes", n[1] = "kSubjectKeyIdentifier", n[2] = "kKeyUsage",
    n[3] = "kPrivateKeyUsagePeriod", n[4] = "kSubjectAltName", n[5] = "kIssuerAltName",
    n[6] = "kBasicConstraints", n[7] = "kNameConstraints", n[8] = "kCrlDistributionPoints",
    n[9] = "kCertificatePolicies", n[10] = "kPolicyMappings", n[11] = "kAuthorityKeyIdentifier",
    n[12] = "kPolicyConstraints", n[13] = "kExtKeyUsage", n[14] = "kFreshestCrl", n[15] = "kInhibitAnyPolicy",
    n[16] = "kAuthorityInfoAccess", n[17] = "kSubjectInfoAccess", n[18] = "kQcStatements", n[19] = "kLogoType",
    n[20] = "kTlsFeature", n[21] = "kCtPoison", n[22] = "kCtSctList", n[23] = "kOcspNoCheck",
    n[24] = "kCabfOrganizationIdentifier", n[25] = "kTorServiceDescriptor", n[26] = "kAdobeTimestamp",
    n[27] = "kAdobeArchiveRevInfo", n[28] = "kEkuOcspSigning", n[29] = "kNonBrPolicy", n[32] = "kServerAuth", n[33] = "kEmailProtection", n[34] = "kCodeSigning",
    n[35] = "kCa", n[36] = "kNotCa", n[37] = "kSelfIssued", n[38] = "kNoCtPoison", n[39] = "kRsaKey",
    n[40] = "kEcKey", n[41] = "kDsaKey", n[42] = "kGeneralizedTime", n[43] = "kUtcTime",
    n[44] = "kEcdsaSignature", n[45] = "kRsaPssSignature", n[46] = "kPolicyDv", n[47] = "kPolicyOv",
    n[48] = "kPolicyIv", n[49] = "kSubjectCountry", n[50] = "kSubjectState", n[51] = "kSubjectLocality",
    n[52] = "kSubjectOrganization", n[53] = "kSubjectOrganizationalUnit", n[54] = "kSubjectCommonName",
    n[55] = "kSubjectSerialNumber", n[56] = "kSubjectStreet", n[57] = "kSubjectPostalCode",
    n[58] = "kSubjectEmail", n[59] = "kSubjectGivenName", n[60] = "kSubjectSurname",
    n[61] = "kSubjectOrganizationIdentifier", n[62] = "kSubjectPseudonym", n[63] = "kIssuerCountry";
    return n;
  }();
  std::string out;
  for (int i = 0; i < 64; ++i) {
    if (!((f >> i) & 1)) continue;
    if (!out.empty()) out += '|';
    out += kNames[i].empty() ? "bit" + std::to_string(i) : std::string(kNames[i]);
  }
  return out;
}

}  // namespace cair::lint
