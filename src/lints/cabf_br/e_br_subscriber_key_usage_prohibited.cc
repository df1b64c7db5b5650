// BRs 7.1.2.7.11 (Subscriber Certificate Key Usage) lists, per key type, the
// key usages a subscriber certificate may assert: RSA digitalSignature,
// keyEncipherment (dataEncipherment NOT RECOMMENDED); ECDSA digitalSignature
// (keyAgreement NOT RECOMMENDED). Any other bit is prohibited.
// Applies to RSA and ECDSA subscriber keys with a keyUsage extension.
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_subscriber_key_usage_prohibited",
    .description = "A subscriber certificate must not assert key usages that BR 7.1.2.7.11 does not list for its key type.",
    .citation = "BRs: 7.1.2.7.11",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.subscriber_prohibited_ku_present",
    .requires_facts = lint::fact::kNotCa | lint::fact::kKeyUsage,
};

class SubscriberKeyUsageProhibited final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return br_profile::IsSubscriber(br_profile::Detect(c)) && c.key_usage.present &&
           br_profile::SubscriberKeyUsageRow(c, x509::kDigitalSignature) != br_profile::KeyUsageRow::kUnknown;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const int bit = br_profile::FirstKeyUsageBitIn(c, br_profile::KeyUsageRow::kProhibited);
    return bit < 0 ? lint::Pass() : lint::Error(br_profile::KeyUsageBitName(bit));
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubscriberKeyUsageProhibited);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
