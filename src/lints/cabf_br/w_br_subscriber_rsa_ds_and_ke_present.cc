// BRs 7.1.2.7.11 (Subscriber Certificate Key Usage), RSA keys:
// digitalSignature SHOULD be set and keyEncipherment MAY be set for legacy
// RSA key exchange; asserting both keeps one key usable for signatures and
// for key transport, which the profile does not recommend.
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_br_subscriber_rsa_ds_and_ke_present",
    .description = "An RSA subscriber certificate should not assert both digitalSignature and keyEncipherment.",
    .citation = "BRs: 7.1.2.7.11",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.subscriber_rsa_digitalsignature_and_keyencipherment_present",
    .requires_facts = lint::fact::kNotCa | lint::fact::kRsaKey | lint::fact::kKeyUsage,
};

class SubscriberRsaDsAndKe final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return br_profile::IsSubscriber(br_profile::Detect(c)) && c.key_usage.present &&
           c.spki.algorithm.oid == oid::kRsaEncryption;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const bool both = c.key_usage.Has(x509::kDigitalSignature) && c.key_usage.Has(x509::kKeyEncipherment);
    return both ? lint::Warn() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubscriberRsaDsAndKe);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
