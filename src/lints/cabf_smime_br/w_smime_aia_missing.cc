// S/MIME BRs 7.1.2.3 (c): authorityInformationAccess SHOULD be present in
// every S/MIME subscriber profile.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_smime_aia_missing",
    .description = "An S/MIME subscriber certificate should carry the authorityInformationAccess extension.",
    .citation = "S/MIME BRs: 7.1.2.3",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.aia_extension_missing",
    .requires_facts = lint::fact::kNotCa | lint::fact::kCertificatePolicies,
};

class SmimeAiaMissing final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return smime_br::SubscriberProfile(c).has_value();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (c.HasExtension(oid::kAuthorityInfoAccess)) return lint::Pass();
    return lint::Warn("no authorityInformationAccess extension");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeAiaMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
