// BRs 7.1.2.10.2 (CA Certificate Naming): the table lists countryName,
// stateOrProvinceName, localityName, postalCode, streetAddress,
// organizationName, organizationalUnitName and commonName; any other subject
// attribute is NOT RECOMMENDED. Applies to root and subordinate CA
// certificates.
#include <string>

#include "der/values.h"
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_br_ca_subject_attribute_unlisted",
    .description = "A CA certificate's subject should hold only the attributes BR 7.1.2.10.2 lists.",
    .citation = "BRs: 7.1.2.10.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.ca.unknown_attribute_present",
};

class CaSubjectAttributeUnlisted final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    const br_profile::Type t = br_profile::Detect(c);
    return t == br_profile::Type::kRoot || br_profile::IsSubordinateCa(t);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const x509::Attribute& a : c.subject.attributes)
      if (!br_profile::CaSubjectListsAttribute(a.oid)) return lint::Warn("subject attribute " + der::OidToString(a.oid));
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CaSubjectAttributeUnlisted);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
