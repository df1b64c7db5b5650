// BRs 7.1.4.2.2 i (BR 1.8.1, ballot SC47): subject:organizationalUnitName is
// prohibited in subscriber certificates issued on or after 1 September 2022.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/subject/attributes.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_organizational_unit_name_prohibited",
    .description = "End-entity certificates issued from 1 September 2022 must not contain organizationalUnitName in the subject.",
    .citation = "BRs: 7.1.4.2.2-i",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABFBRs_OU_Prohibited_Date,
    .peers = "pkilint:cabf.serverauth.ov.organizational_unit_name_attribute_present;pkilint:cabf.serverauth.iv.organizational_unit_name_attribute_present",
    .requires_facts = lint::fact::kNotCa,
};

class OrganizationalUnitNameProhibited final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return !c.IsCa(); }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::subject::HasZcryptoString(c.subject, oid::kOrganizationalUnitName) ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, OrganizationalUnitNameProhibited);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
