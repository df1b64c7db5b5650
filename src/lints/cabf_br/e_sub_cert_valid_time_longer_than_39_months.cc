// BRs 6.3.2: subscriber certificates issued after 1 July 2016 (and before
// 1 March 2018) MUST have a validity period no greater than 39 months.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/br_key_zcrypto.h"
#include "lints/util/cert_class.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_sub_cert_valid_time_longer_than_39_months",
    .description = "A subscriber certificate issued after 1 July 2016 must not be valid for more than 39 months.",
    .citation = "BRs: 6.3.2",
    .source = Source::kCabfBr,
    .effective = dates::kSubCert39Month,
    .peers = "x509lint:The certificate is valid for longer than 39 months;x509lint:The certificate is valid for longer than 60 months",
};

class SubCertValidTimeLongerThan39Months final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::IsSubscriberCert(c); }
  Result Execute(const x509::Certificate& c) const override {
    return util::BrAddDate(c.not_before.unix, 0, 39, 0) < c.not_after.unix ? Error() : Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCertValidTimeLongerThan39Months);
}  // namespace cair::lints
