// BRs 7.1.2.7.9 (Subscriber Certificate Policies): anyPolicy MUST NOT be
// among a subscriber certificate's policy identifiers.
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_subscriber_any_policy_present",
    .description = "A subscriber certificate's certificatePolicies must not include anyPolicy.",
    .citation = "BRs: 7.1.2.7.9",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.subscriber_anypolicy_oid_present",
    .requires_facts = lint::fact::kNotCa | lint::fact::kCertificatePolicies,
};

class SubscriberAnyPolicyPresent final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.policies.present && br_profile::IsSubscriber(br_profile::Detect(c));
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.policies.Has(oid::kAnyPolicy) ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubscriberAnyPolicyPresent);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
