// BRs 7.1.6.4 (v1.7.3 to v1.8.7; 9.3.1 and 7.1.6.1 before): a certificate
// asserting the domain-validated policy 2.23.140.1.2.1 carries no verified
// subject identity, so its subject MUST NOT include organizationName. Superseded
// in BRs 2.0.0 by the DV subject allow-list of 7.1.2.7.2.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cab_dv_conflicts_with_org",
    .description = "A non-CA certificate with the CA/B domain-validated policy must not have organizationName in its subject.",
    .citation = "BRs: 7.1.6.4",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .ineffective = lint::dates::kCABFBRs_2_0_0_Date,
    .peers = "x509lint:Domain validated certificate with organizationName",
    .requires_facts = lint::fact::kNotCa | lint::fact::kPolicyDv,
};

class DvConflictsWithOrg final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.policies.Has(oid::kBrDomainValidated) && !c.IsCa();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.subject.Has(oid::kOrganizationName) ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DvConflictsWithOrg);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
