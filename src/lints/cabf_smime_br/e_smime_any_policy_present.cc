// S/MIME BRs 7.1.2.3 (a): a subscriber certificate's certificatePolicies holds
// exactly one reserved S/MIME policy identifier (and MAY hold the CA's own);
// anyPolicy is an identifier for CA certificates only (RFC 5280 4.2.1.4).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_smime_any_policy_present",
    .description = "An S/MIME subscriber certificate must not assert anyPolicy.",
    .citation = "S/MIME BRs: 7.1.2.3",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.anypolicy_present",
    .requires_facts = lint::fact::kNotCa | lint::fact::kCertificatePolicies,
};

class SmimeAnyPolicyPresent final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return smime_br::SubscriberProfile(c).has_value();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (c.policies.Has(oid::kAnyPolicy)) return lint::Error("certificatePolicies asserts anyPolicy (2.5.29.32.0)");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeAnyPolicyPresent);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
