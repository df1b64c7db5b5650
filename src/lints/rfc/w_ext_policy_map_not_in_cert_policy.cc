// RFC 5280 4.2.1.5 Policy Mappings: each issuerDomainPolicy named in the
// policy mappings extension SHOULD also be asserted in a certificate policies
// extension in the same certificate.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/policy_mappings.h"
#include "lints/util/zcrypto/extensions.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_ext_policy_map_not_in_cert_policy",
    .description = "Every issuerDomainPolicy of the policyMappings extension should also appear in certificatePolicies.",
    .citation = "RFC 5280: 4.2.1.5",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC3280Date,
    .requires_facts = lint::fact::kPolicyMappings,
};

class ExtPolicyMapNotInCertPolicy final : public families::PolicyMappingsCheck {
  lint::Result Check(const x509::Certificate& c, const Pairs& pairs) const override {
    const auto& policies = util::zcrypto::PoliciesOf(c);
    for (const auto& pair : pairs)
      if (!policies.HasPolicy(pair.first)) return lint::Warn();
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExtPolicyMapNotInCertPolicy);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
