// RFC 5280 4.2.1.11 Policy Constraints: conforming CAs MUST mark the policy
// constraints extension as critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/policy_zcrypto.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_ext_policy_constraints_not_critical",
    .description = "A policyConstraints extension must be marked critical.",
    .citation = "RFC 5280: 4.2.1.11",
    .source = Source::kRfc5280,
    .effective = dates::kRFC5280Date,
    .peers = "certlint:Extension criticality not allowed for PolicyConstraints",
};

class ExtPolicyConstraintsNotCritical final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::PolicyLastExtension(c, oid::kPolicyConstraints) != nullptr;
  }
  Result Execute(const x509::Certificate& c) const override {
    const x509::Extension* e = util::PolicyLastExtension(c, oid::kPolicyConstraints);
    return !e->critical ? Error() : Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExtPolicyConstraintsNotCritical);
}  // namespace cair::lints
