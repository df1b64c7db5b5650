// BRs 7.1.2.10.5 (CA Certificate Certificate Policies), policy-restricted
// TLS CA: the reserved policy identifier SHOULD be the first
// PolicyInformation. Applies to subordinate TLS and precertificate signing CA
// certificates without anyPolicy that carry exactly one reserved identifier.
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_br_ca_first_policy_not_reserved",
    .description = "A policy-restricted subordinate TLS CA certificate's reserved CA/B Forum policy identifier should come first.",
    .citation = "BRs: 7.1.2.10.5",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.ca_first_policy_oid_not_reserved",
    .requires_facts = lint::fact::kCa | lint::fact::kCertificatePolicies,
};

class CaFirstPolicyNotReserved final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    const br_profile::Type t = br_profile::Detect(c);
    if (!br_profile::IsSubordinateCa(t) || t == br_profile::Type::kNonTlsCa || !c.policies.present ||
        c.policies.Has(oid::kAnyPolicy))
      return false;
    return br_profile::CountReservedPolicies(c.policies) == 1;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return br_profile::IsReservedPolicy(c.policies.policies.front().oid) ? lint::Pass() : lint::Warn();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CaFirstPolicyNotReserved);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
