#include "lint/facts.h"

#include <array>
#include <utility>
#include <string_view>

#include "x509/oids.h"

namespace cair::lint {

namespace {

// The subject attribute types with a fact.
constexpr std::pair<der::Input, Facts> kSubjectAttributes[] = {
    {oid::kCountryName, fact::kSubjectCountry},
    {oid::kStateOrProvinceName, fact::kSubjectState},
    {oid::kLocalityName, fact::kSubjectLocality},
    {oid::kOrganizationName, fact::kSubjectOrganization},
    {oid::kOrganizationalUnitName, fact::kSubjectOrganizationalUnit},
    {oid::kCommonName, fact::kSubjectCommonName},
    {oid::kSerialNumber, fact::kSubjectSerialNumber},
    {oid::kStreetAddress, fact::kSubjectStreet},
    {oid::kPostalCode, fact::kSubjectPostalCode},
    {oid::kGivenName, fact::kSubjectGivenName},
    {oid::kSurname, fact::kSubjectSurname},
    {oid::kOrganizationIdentifier, fact::kSubjectOrganizationIdentifier},
    {oid::kPseudonym, fact::kSubjectPseudonym},
};

// The same for id-at types (2.5.4.x), by their last octet.
constexpr bool IsIdAt(der::Input o) { return o.size() == 3 && o[0] == 0x55 && o[1] == 0x04 && o[2] < 128; }
constexpr std::array<Facts, 128> IdAtFacts() {
  std::array<Facts, 128> t{};
  for (const auto& [o, f] : kSubjectAttributes)
    if (IsIdAt(o)) t[o[2]] = f;
  return t;
}
constexpr std::array<Facts, 128> kIdAtFacts = IdAtFacts();
constexpr bool EveryAttributeIsIdAt() {
  for (const auto& [o, f] : kSubjectAttributes)
    if (!IsIdAt(o)) return false;
  return true;
}
static_assert(EveryAttributeIsIdAt(), "SubjectFacts reads only id-at types from kIdAtFacts");

Facts SubjectFacts(const x509::Name& subject) {
  Facts f = 0;
  for (const x509::Attribute& a : subject.attributes) {
    const der::Input o = a.oid;
    if (IsIdAt(o)) {
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
