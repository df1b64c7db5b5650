// EVGs 9.4 (EVGs 1.0 section 8(a)): an EV certificate is valid for at most
// 27 months. Certificates issued from 2 March 2018 fall under the 825-day
// limit of the Baseline Requirements instead, so they are not checked here.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/br_dns_names.h"
#include "lints/util/br_key_zcrypto.h"
#include "lints/util/cert_class.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_ev_valid_time_too_long",
    .description = "An EV subscriber certificate issued before 2 March 2018 must not be valid for more than 27 months.",
    .citation = "EVGs 1.0: 8(a), EVGs 1.6.1: 9.4",
    .source = Source::kCabfEv,
    .effective = dates::kZeroDate,
    .peers = "certlint:EV certificates must be 27 months in validity or less",
};

class EvValidTimeTooLong final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.not_before.unix < dates::kSubCert825Days && util::IsSubscriberCert(c) &&
           util::IsEvCert(c);
  }
  Result Execute(const x509::Certificate& c) const override {
    if (util::BrAddDate(c.not_before.unix, 0, 27, 0) < c.not_after.unix)
      return Error("the validity period is longer than 27 months");
    return Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EvValidTimeTooLong);
}  // namespace cair::lints
