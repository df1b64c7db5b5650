// BRs 7.1.2.7.6 (Subscriber Certificate Extensions): authorityKeyIdentifier
// MUST be present in a subscriber certificate.
#include "lint/registry.h"
#include "lints/util/br_profile.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_subscriber_aki_missing",
    .description = "A subscriber certificate must include the authorityKeyIdentifier extension.",
    .citation = "BRs: 7.1.2.7.6",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.subscriber.authority_key_identifier_extension_absent",
    .requires_facts = lint::fact::kNotCa,
};

class SubscriberAkiMissing final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return br_profile::IsSubscriber(br_profile::Detect(c));
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.aki.present ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubscriberAkiMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
