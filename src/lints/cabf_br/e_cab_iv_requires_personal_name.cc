// BRs 7.1.6.4 (v1.3.1 to v1.8.7): a certificate asserting the
// individual-validated policy 2.23.140.1.2.3 MUST include in its subject
// either organizationName or both givenName and surname. Replaced in BRs
// 2.0.0 by the stricter 7.1.2.7.3 (e_cab_iv_requires_personal_name_strict).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cab_iv_requires_personal_name",
    .description = "An individual-validated certificate's subject needs organizationName, or givenName together with surname.",
    .citation = "BRs: 7.1.6.4",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABV131Date,
    .ineffective = lint::dates::kCABFBRs_2_0_0_Date,
    .requires_facts = lint::fact::kNotCa | lint::fact::kPolicyIv,
};

class IvRequiresPersonalName final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.policies.Has(oid::kBrIndividualValidated) && !c.IsCa();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const auto& s = c.subject;
    if (s.Has(oid::kOrganizationName) || (s.Has(oid::kGivenName) && s.Has(oid::kSurname)))
      return lint::Pass();
    return lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IvRequiresPersonalName);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
