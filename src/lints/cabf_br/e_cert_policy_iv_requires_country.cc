// BRs 7.1.2.7.3 (Individual Validated; 7.1.6.4 before 2.0.0): the subject of
// a certificate asserting 2.23.140.1.2.3 MUST include countryName.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cert_policy_iv_requires_country",
    .description = "An individual-validated certificate's subject must contain countryName.",
    .citation = "BRs: 7.1.2.7.3",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABV131Date,
    .requires_facts = lint::fact::kNotCa | lint::fact::kPolicyIv,
};

class IvRequiresCountry final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.policies.Has(oid::kBrIndividualValidated) && !c.IsCa();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.subject.Has(oid::kCountryName) ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IvRequiresCountry);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
