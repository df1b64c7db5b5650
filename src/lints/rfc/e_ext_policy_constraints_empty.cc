// RFC 5280 4.2.1.11 Policy Constraints: conforming CAs MUST NOT issue
// certificates where policy constraints is an empty sequence;
// requireExplicitPolicy or inhibitPolicyMapping MUST be present.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/reader.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_policy_constraints_empty",
    .description = "A policyConstraints extension must contain requireExplicitPolicy or inhibitPolicyMapping, not an empty SEQUENCE.",
    .citation = "RFC 5280: 4.2.1.11",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .requires_facts = lint::fact::kPolicyConstraints,
};

class ExtPolicyConstraintsEmpty final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    // Only an extension value that is exactly one SEQUENCE is judged.
    const x509::Extension* e = util::zcrypto::LastExtension(c, oid::kPolicyConstraints);
    if (!e) return false;
    der::Input rest;
    auto seq = util::zcrypto::ReadStrict(e->value, &rest);
    return seq && rest.empty() && seq->tag == der::kSequence;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    auto seq = util::zcrypto::ReadStrict(util::zcrypto::LastExtension(c, oid::kPolicyConstraints)->value);
    return seq && seq->value.empty() ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExtPolicyConstraintsEmpty);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
