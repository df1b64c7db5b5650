// RFC 5280 4.2.1.5 Policy Mappings: policies MUST NOT be mapped either to or
// from the special value anyPolicy.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/policy_mappings.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_policy_map_any_policy",
    .description = "A policyMappings extension must not map anyPolicy in either direction.",
    .citation = "RFC 5280: 4.2.1.5",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC3280Date,
    .requires_facts = lint::fact::kPolicyMappings,
};

class ExtPolicyMapAnyPolicy final : public families::PolicyMappingsCheck {
  lint::Result Check(const x509::Certificate&, const Pairs& pairs) const override {
    for (const auto& [issuer, subject] : pairs)
      if (issuer == oid::kAnyPolicy || subject == oid::kAnyPolicy) return lint::Error();
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExtPolicyMapAnyPolicy);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
