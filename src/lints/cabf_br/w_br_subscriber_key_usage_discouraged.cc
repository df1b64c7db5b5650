// BRs 7.1.2.7.11 (Subscriber Certificate Key Usage) marks dataEncipherment
// (RSA keys) and keyAgreement (ECDSA keys) NOT RECOMMENDED in a subscriber certificate.
// Applies to RSA and ECDSA subscriber keys with a keyUsage extension.
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_br_subscriber_key_usage_discouraged",
    .description = "A subscriber certificate should not assert dataEncipherment (RSA) or keyAgreement (ECDSA).",
    .citation = "BRs: 7.1.2.7.11",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.subscriber_discouraged_ku_present",
    .requires_facts = lint::fact::kNotCa | lint::fact::kKeyUsage,
};

class SubscriberKeyUsageDiscouraged final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return br_profile::IsSubscriber(br_profile::Detect(c)) && c.key_usage.present &&
           br_profile::SubscriberKeyUsageRow(c, x509::kDigitalSignature) != br_profile::KeyUsageRow::kUnknown;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const int bit = br_profile::FirstKeyUsageBitIn(c, br_profile::KeyUsageRow::kDiscouraged);
    return bit < 0 ? lint::Pass() : lint::Warn(br_profile::KeyUsageBitName(bit));
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubscriberKeyUsageDiscouraged);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
