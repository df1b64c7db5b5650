// BRs 7.1.2.7.9 (subscriber), 7.1.2.10.5 (CA) and 7.1.2.3.2: policyQualifiers
// in certificatePolicies are NOT RECOMMENDED in every certificate profile.
#include <string>

#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_br_policy_qualifiers_present",
    .description = "Certificate policies should not carry policy qualifiers (NOT RECOMMENDED in every BR 7.1.2 profile).",
    .citation = "BRs: 7.1.2.10.5",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.certificate_policy_qualifier_present",
    .requires_facts = lint::fact::kCertificatePolicies,
};

class PolicyQualifiersPresent final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.policies.present;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    size_t n = 0;
    for (const x509::PolicyInformation& p : c.policies.policies) n += p.qualifiers.size();
    if (n == 0) return lint::Pass();
    return lint::Warn(std::to_string(n) + " policy qualifier(s) present");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, PolicyQualifiersPresent);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
