// BRs 7.1.2.7.9 (Subscriber Certificate Policies): the certificatePolicies
// of a subscriber certificate MUST contain one of the CA/B Forum reserved
// policy identifiers (7.1.6.1). With anyPolicy present the certificate
// breaks another rule of the same table (anyPolicy MUST NOT appear), which is
// left to that check.
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_subscriber_reserved_policy_missing",
    .description = "A subscriber certificate's certificate policies must include a CA/B Forum reserved policy identifier.",
    .citation = "BRs: 7.1.2.7.9",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.subscriber_missing_reserved_policy_oid",
    .requires_facts = lint::fact::kNotCa | lint::fact::kCertificatePolicies,
};

class SubscriberReservedPolicyMissing final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return br_profile::IsSubscriber(br_profile::Detect(c)) && c.policies.present &&
           !c.policies.Has(oid::kAnyPolicy);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (br_profile::CountReservedPolicies(c.policies) > 0) return lint::Pass();
    return lint::Error("no reserved policy identifier (2.23.140.1.1, 2.23.140.1.2.1/2/3)");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubscriberReservedPolicyMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
