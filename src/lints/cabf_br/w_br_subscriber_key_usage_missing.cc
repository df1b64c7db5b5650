// BRs 7.1.2.7.6 (Subscriber Certificate Extensions): keyUsage SHOULD be
// present in a subscriber certificate.
#include "lint/registry.h"
#include "lints/util/br_profile.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_br_subscriber_key_usage_missing",
    .description = "A subscriber certificate should include the keyUsage extension.",
    .citation = "BRs: 7.1.2.7.6",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.subscriber.key_usage_extension_absent",
    .requires_facts = lint::fact::kNotCa,
};

class SubscriberKeyUsageMissing final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return br_profile::IsSubscriber(br_profile::Detect(c));
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.key_usage.present ? lint::Pass() : lint::Warn();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubscriberKeyUsageMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
