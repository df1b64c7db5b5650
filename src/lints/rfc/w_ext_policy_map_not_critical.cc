// RFC 5280 4.2.1.5 Policy Mappings: conforming CAs SHOULD mark the policy
// mappings extension as critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_ext_policy_map_not_critical",
    .description = "A policyMappings extension should be marked critical.",
    .citation = "RFC 5280: 4.2.1.5",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .peers = "certlint:Extension should be critical for PolicyMappings",
    .requires_facts = lint::fact::kPolicyMappings,
};

class ExtPolicyMapNotCritical final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::LastExtension(c, oid::kPolicyMappings) != nullptr;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const x509::Extension* e = util::zcrypto::LastExtension(c, oid::kPolicyMappings);
    return !e->critical ? lint::Warn() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExtPolicyMapNotCritical);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
