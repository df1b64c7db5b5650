// S/MIME BRs 7.1.2.3 (certificatePolicies) with 7.1.6.1: a subscriber
// certificate asserts one, and only one, of the twelve reserved
// 2.23.140.1.5.x.y policy OIDs (a repeated OID counts twice).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_policy.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_exactly_one_smime_policy",
    .description = "An S/MIME subscriber certificate must assert exactly one of the reserved S/MIME policy identifiers.",
    .citation = "CABF SMIME BRs §7.1.2.3 Subscriber certificates",
    .source = Source::kCabfSmimeBr,
    .effective = dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.multiple_reserved_policy_oids",
};

class ExactlyOneSmimePolicy final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::SmimeIsSubscriber(c); }
  Result Execute(const x509::Certificate& c) const override {
    if (util::SmimeProfileOf(c).count == 1) return Pass();
    return Error("There must be exactly one CABF SMIME BR reserved policy OID in CertificatePolicies");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExactlyOneSmimePolicy);
}  // namespace cair::lints
