// S/MIME BRs 7.1.2.3 (certificatePolicies) with 7.1.6.1: a subscriber
// certificate asserts one, and only one, of the twelve reserved
// 2.23.140.1.5.x.y policy OIDs (a repeated OID counts twice).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime/policy.h"
#include "lints/util/zcrypto/extensions.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_exactly_one_smime_policy",
    .description = "An S/MIME subscriber certificate must assert exactly one of the reserved S/MIME policy identifiers.",
    .citation = "S/MIME BRs: 7.1.2.3 Subscriber certificates",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.multiple_reserved_policy_oids",
};

class ExactlyOneSmimePolicy final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::zcrypto::IsSubscriber(c); }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (util::smime::ProfileOf(c).count == 1) return lint::Pass();
    return lint::Error("There must be exactly one CABF SMIME BR reserved policy OID in CertificatePolicies");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExactlyOneSmimePolicy);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
