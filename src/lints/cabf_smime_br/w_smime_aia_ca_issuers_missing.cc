// S/MIME BRs 7.1.2.3 (c): the authorityInformationAccess extension SHOULD
// contain at least one id-ad-caIssuers access description.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_smime_aia_ca_issuers_missing",
    .description = "The authorityInformationAccess of an S/MIME subscriber certificate should give a caIssuers location.",
    .citation = "S/MIME BRs: 7.1.2.3",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.aia_ca_issuers_missing",
    .requires_facts = lint::fact::kNotCa | lint::fact::kAuthorityInfoAccess | lint::fact::kCertificatePolicies,
};

class SmimeAiaCaIssuersMissing final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return smime_br::SubscriberProfile(c).has_value() && c.aia.present;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const auto& d : c.aia.descriptions)
      if (d.method == oid::kAdCaIssuers) return lint::Pass();
    return lint::Warn("authorityInformationAccess has no id-ad-caIssuers access description");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeAiaCaIssuersMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
