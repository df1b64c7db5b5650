#include "lints/util/br_declared_type.h"

#include "x509/oids.h"

namespace cair::lints::br_profile {

namespace {

constexpr DeclaredTypeInfo kTypes[] = {
    {DeclaredType::kAuto, "auto", "",
     "detect the profile from the certificate (default; never a cross-certificate)"},
    {DeclaredType::kCrossInternal, "cross-internal", "INTERNAL-CROSS-CA",
     "cross-certificate of a root of the issuer's own organization or an affiliate (BRs 7.1.2.2.4)"},
    {DeclaredType::kCrossExternal, "cross-external", "EXTERNAL-CROSS-CA",
     "cross-certificate of another organization's root: restricted extKeyUsage (BRs 7.1.2.2.5)"},
    {DeclaredType::kCrossInternalSubscriberIssuing, "cross-internal-subscriber-issuing",
     "INTERNAL-SUBSCRIBER-ISSUING-CROSS-CA", "as cross-internal, the certified key a subscriber-issuing CA's"},
    {DeclaredType::kCrossExternalSubscriberIssuing, "cross-external-subscriber-issuing",
     "EXTERNAL-SUBSCRIBER-ISSUING-CROSS-CA", "as cross-external, the certified key a subscriber-issuing CA's"},
};

}  // namespace

std::span<const DeclaredTypeInfo> DeclaredTypes() { return kTypes; }

std::optional<DeclaredType> ParseDeclaredType(std::string_view name) {
  for (const DeclaredTypeInfo& t : kTypes)
    if (name == t.name) return t.type;
  return std::nullopt;
}

const char* DeclaredTypeName(DeclaredType t) {
  for (const DeclaredTypeInfo& i : kTypes)
    if (i.type == t) return i.name;
  return "auto";
}

std::string DeclaredTypeList() {
  std::string out;
  for (const DeclaredTypeInfo& t : kTypes) out += (out.empty() ? "" : ", ") + std::string(t.name);
  return out;
}

std::string ReadDeclaredType(const lint::Config& config, DeclaredType* out) {
  std::string error;
  auto value = config.GetString(kDeclaredTypeSection, kDeclaredTypeKey, "auto", &error);
  const std::string key = std::string(kDeclaredTypeSection) + "." + std::string(kDeclaredTypeKey);
  if (!value) return key + ": " + (error.empty() ? "not a string" : error);
  auto t = ParseDeclaredType(*value);
  if (!t) return key + ": unknown certificate type \"" + *value + "\" (one of " + DeclaredTypeList() + ")";
  *out = *t;
  return "";
}

std::string MissingCrossExtensions(const x509::Certificate& c, DeclaredType t, bool should) {
  struct Row {
    const der::Input& oid;
    const char* name;
    bool should;  // SHOULD rather than MUST
  };
  const bool eku_should = IsInternalCross(t);
  const Row rows[] = {
      {oid::kAuthorityKeyIdentifier, "authorityKeyIdentifier", false},
      {oid::kBasicConstraints, "basicConstraints", false},
      {oid::kCertificatePolicies, "certificatePolicies", false},
      {oid::kCrlDistributionPoints, "cRLDistributionPoints", false},
      {oid::kKeyUsage, "keyUsage", false},
      {oid::kSubjectKeyIdentifier, "subjectKeyIdentifier", false},
      {oid::kAuthorityInfoAccess, "authorityInformationAccess", true},
      {oid::kExtKeyUsage, "extKeyUsage", eku_should},
  };
  std::string out;
  for (const Row& r : rows)
    if (r.should == should && !c.HasExtension(r.oid)) out += (out.empty() ? "" : ", ") + std::string(r.name);
  return out;
}

bool CrossEkuIsRestricted(const x509::Certificate& c) {
  return c.ext_key_usage.present && !c.ext_key_usage.Has(oid::kAnyExtendedKeyUsage);
}

}  // namespace cair::lints::br_profile
