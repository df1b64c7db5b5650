// RFC 5280 4.2.1.4 Certificate Policies: a certificate policy OID MUST NOT
// appear more than once in a certificate policies extension.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_cert_policy_duplicate",
    .description = "No policy identifier may be listed twice in the certificatePolicies extension.",
    .citation = "RFC 5280: 4.2.1.4",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .requires_facts = lint::fact::kCertificatePolicies,
};

class ExtCertPolicyDuplicate final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::PoliciesOf(c).ext != nullptr;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const auto& policies = util::zcrypto::PoliciesOf(c).policies;
    for (size_t i = 0; i < policies.size(); ++i)
      for (size_t j = i + 1; j < policies.size(); ++j)
        if (policies[i].oid == policies[j].oid) return lint::Error();
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExtCertPolicyDuplicate);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
