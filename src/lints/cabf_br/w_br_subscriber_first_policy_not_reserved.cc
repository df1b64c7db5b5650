// BRs 7.1.2.7.9 (Subscriber Certificate Policies): the reserved policy
// identifier SHOULD be the first PolicyInformation of certificatePolicies.
// Applies when exactly one reserved identifier and no anyPolicy are present
// (the other cases break a MUST of the same table).
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_br_subscriber_first_policy_not_reserved",
    .description = "A subscriber certificate's reserved CA/B Forum policy identifier should be its first certificate policy.",
    .citation = "BRs: 7.1.2.7.9",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.subscriber_first_policy_oid_not_reserved",
    .requires_facts = lint::fact::kNotCa | lint::fact::kCertificatePolicies,
};

class SubscriberFirstPolicyNotReserved final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    if (!br_profile::IsSubscriber(br_profile::Detect(c)) || !c.policies.present || c.policies.Has(oid::kAnyPolicy))
      return false;
    return br_profile::CountReservedPolicies(c.policies) == 1;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return br_profile::IsReservedPolicy(c.policies.policies.front().oid) ? lint::Pass() : lint::Warn();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubscriberFirstPolicyNotReserved);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
