// RFC 5280 4.2.1.11 Policy Constraints: conforming CAs MUST mark the policy
// constraints extension as critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_policy_constraints_not_critical",
    .description = "A policyConstraints extension must be marked critical.",
    .citation = "RFC 5280: 4.2.1.11",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .peers = "certlint:Extension criticality not allowed for PolicyConstraints",
    .requires_facts = lint::fact::kPolicyConstraints,
};

class ExtPolicyConstraintsNotCritical final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::LastExtension(c, oid::kPolicyConstraints) != nullptr;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const x509::Extension* e = util::zcrypto::LastExtension(c, oid::kPolicyConstraints);
    return !e->critical ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExtPolicyConstraintsNotCritical);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
