// S/MIME BRs 6.3.2: a subscriber certificate's validity period SHALL NOT exceed
// 1185 days (legacy) or 825 days (multipurpose, strict); the period counts
// both notBefore and notAfter (RFC 5280 4.1.2.5).
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_br_profile.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_smime_validity_period_too_long",
    .description = "An S/MIME subscriber certificate must not be valid for more than 825 days (legacy: 1185 days).",
    .citation = "S/MIME BRs: 6.3.2",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.certificate_validity_period_exceeds_1185_days;pkilint:cabf.smime.certificate_validity_period_exceeds_825_days",
    .requires_facts = lint::fact::kNotCa | lint::fact::kCertificatePolicies,
};

class SmimeValidityPeriodTooLong final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return smime_br::SubscriberProfile(c).has_value() && c.not_before.ok && c.not_after.ok;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const auto& p = *smime_br::SubscriberProfile(c);
    const int64_t max_days = smime_br::MaxValidityDays(p);
    const int64_t period = smime_br::ValidityPeriodSeconds(c);
    if (period <= max_days * 86400) return lint::Pass();
    return lint::Error("validity period of " + std::to_string(period) + " s exceeds the " + std::to_string(max_days) +
                       " days allowed for " + smime_br::ProfileName(p) + " certificates");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeValidityPeriodTooLong);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
