// BRs 7.1.2.10.5 (CA Certificate Certificate Policies): a non-root CA
// certificate must carry certificatePolicies; either anyPolicy alone
// (unrestricted) or, when policy-restricted, at least one CA/B Forum reserved
// policy identifier and no anyPolicy.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_invalid_ca_certificate_policies",
    .description = "A subordinate CA certificate must have certificatePolicies holding either anyPolicy alone or at least one reserved CA/B Forum policy without anyPolicy.",
    .citation = "BRs: 7.1.2.10.5",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABFBRs_2_0_0_Date,
    .peers = "pkilint:cabf.serverauth.ca_missing_reserved_policy_oid;pkilint:cabf.serverauth.ca.certificate_policies_extension_absent;pkilint:cabf.serverauth.ca_anypolicy_with_other_policy_oid",
    .requires_facts = lint::fact::kCa,
};

class InvalidCaCertificatePolicies final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsCaCert(c) && !util::cert::IsRootCa(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (!c.HasExtension(oid::kCertificatePolicies))
      return lint::Error("In a non-Root CA certificate, the CertificatePolicies extension is mandatory");
    const auto& policies = util::zcrypto::Policies(c).policies;
    // anyPolicy alone: an unrestricted CA. Anything else is policy-restricted.
    if (policies.size() == 1 && policies[0].oid == oid::kAnyPolicy) return lint::Pass();
    bool reserved = false;
    for (const x509::PolicyInformation& p : policies) {
      if (p.oid == oid::kAnyPolicy)
        return lint::Error("anyPolicy must not be accompanied by any other policy OID");
      reserved = reserved || p.oid == oid::kBrOrganizationValidated ||
                 p.oid == oid::kBrExtendedValidation || p.oid == oid::kBrDomainValidated ||
                 p.oid == oid::kBrIndividualValidated;
    }
    if (!reserved)
      return lint::Error("A policy-restricted CA certificate must contain at least one CA/B Forum reserved policy OID");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, InvalidCaCertificatePolicies);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
