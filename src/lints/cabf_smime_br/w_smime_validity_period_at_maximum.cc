// S/MIME BRs 6.3.2: subscriber certificates SHOULD NOT be issued for the
// maximum permissible time by default (so that the period can absorb later
// adjustments); a period of exactly 825 days (legacy: 1185) is that maximum.
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_br_profile.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_smime_validity_period_at_maximum",
    .description = "An S/MIME subscriber certificate should not be valid for exactly the maximum period its generation allows.",
    .citation = "S/MIME BRs: 6.3.2",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.certificate_validity_period_at_maximum",
    .requires_facts = lint::fact::kNotCa | lint::fact::kCertificatePolicies,
};

class SmimeValidityPeriodAtMaximum final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return smime_br::SubscriberProfile(c).has_value() && c.not_before.ok && c.not_after.ok;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const int64_t max_days = smime_br::MaxValidityDays(*smime_br::SubscriberProfile(c));
    if (smime_br::ValidityPeriodSeconds(c) != max_days * 86400) return lint::Pass();
    return lint::Warn("validity period is exactly the maximum of " + std::to_string(max_days) + " days");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeValidityPeriodAtMaximum);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
