// CS BRs 7.1.2.3(b): a code signing certificate has a non-critical
// cRLDistributionPoints extension pointing at the CA's CRL over http://.
#include <string_view>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/cs/policies.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cs_crl_distribution_points",
    .description = "A code signing certificate must have a non-critical cRLDistributionPoints extension whose URLs are http:// URLs.",
    .citation = "CS BRs: 7.1.2.3.b",
    .source = lint::Source::kCabfCsBr,
    .effective = lint::dates::kCABF_CS_BRs_1_2_Date,
    .requires_facts = lint::fact::kNonBrPolicy | lint::fact::kNotCa | lint::fact::kCertificatePolicies,
};

class CsCrlDistributionPoints final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cs::IsCodeSigning(c) && util::cert::IsSubscriberCert(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const x509::Extension* cdp = util::zcrypto::LastExtension(c, oid::kCrlDistributionPoints);
    if (cdp == nullptr || cdp->critical)
      return lint::Error("the cRLDistributionPoints extension must be present and not critical");
    bool bad = false;
    util::zcrypto::ForEachCrlUrl(c, [&](std::string_view url) {
      bad = url.substr(0, 7) != "http://";
      return !bad;
    });
    if (bad) return lint::Error("a CRL distribution point URL is not an http:// URL");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CsCrlDistributionPoints);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
