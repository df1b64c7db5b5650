// S/MIME BRs 7.1.2.3 (b): the distributionPoint fullName entries of an S/MIME
// subscriber certificate are uniformResourceIdentifiers (the profile allows
// no other GeneralName type).
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_br_profile.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_smime_crl_distribution_point_not_uri",
    .description = "Every fullName entry of an S/MIME subscriber certificate's CRL distribution points must be a URI.",
    .citation = "S/MIME BRs: 7.1.2.3",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.crldp_fullname_prohibited_generalname_type",
    .requires_facts = lint::fact::kNotCa | lint::fact::kCertificatePolicies | lint::fact::kCrlDistributionPoints,
};

class SmimeCrlDistributionPointNotUri final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return smime_br::SubscriberProfile(c).has_value() && c.crl_dp.present;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const auto& dp : c.crl_dp.points) {
      if (!dp.has_name || !dp.name_is_full) continue;
      for (const auto& g : dp.full_name.names)
        if (g.type != x509::GeneralNameType::kUri)
          return lint::Error("a CRL distribution point fullName holds a " + std::string(smime_br::GeneralNameTypeName(g.type)));
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeCrlDistributionPointNotUri);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
