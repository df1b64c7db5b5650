// EVGs 9.4 (EVGs 1.0 section 8(a)): an EV certificate is valid for at most
// 27 months. Certificates issued from 2 March 2018 fall under the 825-day
// limit of the Baseline Requirements instead, so they are not checked here.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/dns/domains.h"
#include "lints/util/time/validity.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ev_valid_time_too_long",
    .description = "An EV subscriber certificate issued before 2 March 2018 must not be valid for more than 27 months.",
    .citation = "EVGs v1.0: 8(a); EVGs v1.6.1: 9.4",
    .source = lint::Source::kCabfEv,
    .effective = lint::dates::kZeroDate,
    .peers = "certlint:EV certificates must be 27 months in validity or less",
    .requires_facts = lint::fact::kNonBrPolicy | lint::fact::kNotCa | lint::fact::kCertificatePolicies,
};

class EvValidTimeTooLong final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.not_before.unix < lint::dates::kSubCert825Days && util::cert::IsSubscriberCert(c) &&
           util::dns::IsEvCert(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (util::time::AddDate(c.not_before.unix, 0, 27, 0) < c.not_after.unix)
      return lint::Error("the validity period is longer than 27 months");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EvValidTimeTooLong);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
