// BRs 7.1.2.11.2 (CRL Distribution Points): each DistributionPoint's
// distributionPoint is a fullName whose GeneralNames are all
// uniformResourceIdentifier; nameRelativeToCRLIssuer and every other
// GeneralName type MUST NOT be used. (The URIs' scheme: e_crl_distrib_points_not_http.)
#include "lint/registry.h"
#include "x509/extensions.h"
#include "x509/general_name.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_crldp_name_not_uri",
    .description = "A CRL distribution point's name must be a fullName of URIs.",
    .citation = "BRs: 7.1.2.11.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.crldp_dpname_prohibited_generalname_type;pkilint:cabf.serverauth.crldp_dpname_prohibited_field_present",
    .requires_facts = lint::fact::kCrlDistributionPoints,
};

class CrldpNameNotUri final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.crl_dp.present;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const x509::DistributionPoint& dp : c.crl_dp.points) {
      if (!dp.has_name) continue;
      if (!dp.name_is_full) return lint::Error("nameRelativeToCRLIssuer present");
      for (const x509::GeneralName& g : dp.full_name.names)
        if (g.type != x509::GeneralNameType::kUri) return lint::Error("a fullName entry is not a URI");
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrldpNameNotUri);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
