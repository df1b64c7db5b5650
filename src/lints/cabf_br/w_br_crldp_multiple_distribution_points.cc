// BRs 7.1.2.11.2 (CRL Distribution Points): when present, the extension
// carries one DistributionPoint; more than one is NOT RECOMMENDED.
#include <string>

#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_br_crldp_multiple_distribution_points",
    .description = "The CRL distribution points extension should contain a single DistributionPoint.",
    .citation = "BRs: 7.1.2.11.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.crldp_multiple_distributionpoints_present",
    .requires_facts = lint::fact::kCrlDistributionPoints,
};

class CrldpMultiplePoints final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.crl_dp.present;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const size_t n = c.crl_dp.points.size();
    return n > 1 ? lint::Warn(std::to_string(n) + " DistributionPoints") : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrldpMultiplePoints);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
