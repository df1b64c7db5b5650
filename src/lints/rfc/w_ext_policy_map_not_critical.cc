// RFC 5280 4.2.1.5 Policy Mappings: conforming CAs SHOULD mark the policy
// mappings extension as critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/policy_zcrypto.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "w_ext_policy_map_not_critical",
    .description = "A policyMappings extension should be marked critical.",
    .citation = "RFC 5280: 4.2.1.5",
    .source = Source::kRfc5280,
    .effective = dates::kRFC2459Date,
    .peers = "certlint:Extension should be critical for PolicyMappings",
};

class ExtPolicyMapNotCritical final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::PolicyLastExtension(c, oid::kPolicyMappings) != nullptr;
  }
  Result Execute(const x509::Certificate& c) const override {
    const x509::Extension* e = util::PolicyLastExtension(c, oid::kPolicyMappings);
    return !e->critical ? Warn() : Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExtPolicyMapNotCritical);
}  // namespace cair::lints
