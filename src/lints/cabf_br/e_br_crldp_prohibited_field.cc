// BRs 7.1.2.11.2 (CRL Distribution Points): each DistributionPoint holds a
// distributionPoint name only; reasons and cRLIssuer MUST NOT be present.
#include "lint/registry.h"
#include "x509/extensions.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_crldp_prohibited_field",
    .description = "A DistributionPoint of the CRL distribution points extension must not carry reasons or cRLIssuer.",
    .citation = "BRs: 7.1.2.11.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.crldp_dp_prohibited_field_present",
    .requires_facts = lint::fact::kCrlDistributionPoints,
};

class CrldpProhibitedField final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.crl_dp.present;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const x509::DistributionPoint& dp : c.crl_dp.points) {
      if (dp.has_reasons) return lint::Error("reasons present");
      if (dp.has_crl_issuer) return lint::Error("cRLIssuer present");
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrldpProhibitedField);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
