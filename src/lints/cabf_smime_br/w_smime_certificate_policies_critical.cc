// S/MIME BRs 7.1.2.3 (a): certificatePolicies SHOULD NOT be marked critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_br_profile.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_smime_certificate_policies_critical",
    .description = "The certificatePolicies extension of an S/MIME subscriber certificate should not be critical.",
    .citation = "S/MIME BRs: 7.1.2.3",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.critical_certificate_policies_extension",
    .requires_facts = lint::fact::kNotCa | lint::fact::kCertificatePolicies,
};

class SmimeCertificatePoliciesCritical final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return smime_br::SubscriberProfile(c).has_value() && c.policies.present;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (c.policies.critical) return lint::Warn("certificatePolicies is marked critical");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeCertificatePoliciesCritical);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
