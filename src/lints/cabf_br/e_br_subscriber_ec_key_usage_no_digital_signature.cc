// BRs 7.1.2.7.11 (Subscriber Certificate Key Usage), ECDSA keys: digitalSignature
// MUST be set (keyAgreement is NOT RECOMMENDED, every other bit prohibited).
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_subscriber_ec_key_usage_no_digital_signature",
    .description = "A subscriber certificate with an EC key must assert digitalSignature in keyUsage.",
    .citation = "BRs: 7.1.2.7.11",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.subscriber_required_ku_missing",
    .requires_facts = lint::fact::kNotCa | lint::fact::kEcKey | lint::fact::kKeyUsage,
};

class SubscriberEcKeyUsageNoDigitalSignature final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.key_usage.present && c.spki.algorithm.oid == oid::kEcPublicKey &&
           br_profile::IsSubscriber(br_profile::Detect(c));
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.key_usage.Has(x509::kDigitalSignature) ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubscriberEcKeyUsageNoDigitalSignature);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
