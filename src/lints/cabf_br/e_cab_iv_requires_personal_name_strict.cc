// BRs 7.1.2.7.3 (Individual Validated, BRs 2.0.0 on): the subject of a
// certificate asserting 2.23.140.1.2.3 MUST include both givenName and
// surname; an organizationName no longer substitutes for them.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cab_iv_requires_personal_name_strict",
    .description = "An individual-validated certificate's subject must contain both givenName and surname.",
    .citation = "BRs: 7.1.2.7.3",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABFBRs_2_0_0_Date,
    .requires_facts = lint::fact::kNotCa | lint::fact::kPolicyIv,
};

class IvRequiresPersonalNameStrict final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.policies.Has(oid::kBrIndividualValidated) && !c.IsCa();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (c.subject.Has(oid::kGivenName) && c.subject.Has(oid::kSurname)) return lint::Pass();
    return lint::Error("Subject MUST include both givenName and surname for Individual Validation (2.23.140.1.2.3) certificates");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IvRequiresPersonalNameStrict);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
