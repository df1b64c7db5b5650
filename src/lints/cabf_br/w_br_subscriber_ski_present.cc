// BRs 7.1.2.7.6 (Subscriber Certificate extensions): subjectKeyIdentifier
// is NOT RECOMMENDED in a subscriber certificate.
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_br_subscriber_ski_present",
    .description = "A subscriber certificate should not include the subject key identifier extension.",
    .citation = "BRs: 7.1.2.7.6",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.subscriber.subject_key_identifier_extension_present",
    .requires_facts = lint::fact::kNotCa,
};

class SubscriberSkiPresent final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return br_profile::IsSubscriber(br_profile::Detect(c));
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kSubjectKeyIdentifier) ? lint::Warn() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubscriberSkiPresent);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
