// BRs 7.1.4.2.2 (BR 1.7.9 on): subject:organizationalUnitName is prohibited
// if subject:organizationName is absent (and, separately, in certificates
// issued from 1 September 2022; see e_organizational_unit_name_prohibited).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subject_contains_organizational_unit_name_and_no_organization_name",
    .description = "A subject with organizationalUnitName must also contain organizationName.",
    .citation = "BRs: 7.1.4.2.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABFBRs_1_7_9_Date,
    .requires_facts = lint::fact::kSubjectOrganizationalUnit,
};

class OrgUnitWithoutOrg final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.subject.Has(oid::kOrganizationalUnitName);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (c.subject.Has(oid::kOrganizationName)) return lint::Pass();
    return lint::Error("subject:organizationalUnitName is prohibited if subject:organizationName is absent");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, OrgUnitWithoutOrg);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
