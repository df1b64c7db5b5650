// BRs 7.1.2.7.6 (Subscriber Certificate Extensions): keyUsage, when present
// in a subscriber certificate, MUST be marked critical (the table's "Critical"
// column reads Y). RFC 5280 4.2.1.3 only says SHOULD (w_ext_key_usage_not_critical).
#include "lint/registry.h"
#include "lints/util/br_profile.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_subscriber_key_usage_not_critical",
    .description = "A subscriber certificate's keyUsage extension must be critical.",
    .citation = "BRs: 7.1.2.7.6",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.subscriber.non_critical_key_usage_extension",
    .requires_facts = lint::fact::kNotCa | lint::fact::kKeyUsage,
};

class SubscriberKeyUsageNotCritical final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.key_usage.present && br_profile::IsSubscriber(br_profile::Detect(c));
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.key_usage.critical ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubscriberKeyUsageNotCritical);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
