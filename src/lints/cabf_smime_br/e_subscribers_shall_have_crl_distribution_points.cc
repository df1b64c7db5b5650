// S/MIME BRs 7.1.2.3 (b): cRLDistributionPoints is present in subscriber
// certificates; as in zlint, it must yield at least one URI.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime/policy.h"
#include "lints/util/zcrypto/extensions.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subscribers_shall_have_crl_distribution_points",
    .description = "S/MIME subscriber certificates must give at least one CRL distribution point URL.",
    .citation = "S/MIME BRs: 7.1.2.3.b",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.crldp_extension_missing",
    .requires_facts = lint::fact::kCertificatePolicies,
};

class SubscribersShallHaveCrlDistributionPoints final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::IsSubscriber(c) && util::smime::ProfileOf(c).any();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    bool any = false;
    util::zcrypto::ForEachCrlUrl(c, [&](std::string_view) {
      any = true;
      return false;
    });
    return any ? lint::Pass() : lint::Error("SMIME certificate contains zero CRL distribution points");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubscribersShallHaveCrlDistributionPoints);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
