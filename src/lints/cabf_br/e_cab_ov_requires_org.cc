// BRs 7.1.2.7.4 (Organization Validated; 7.1.6.4 before 2.0.0): the subject
// of a certificate asserting 2.23.140.1.2.2 MUST include organizationName.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cab_ov_requires_org",
    .description = "An organization-validated certificate's subject must contain organizationName.",
    .citation = "BRs: 7.1.2.7.4",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .requires_facts = lint::fact::kNotCa | lint::fact::kPolicyOv,
};

class OvRequiresOrg final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.policies.Has(oid::kBrOrganizationValidated) && !c.IsCa();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.subject.Has(oid::kOrganizationName) ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, OvRequiresOrg);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
