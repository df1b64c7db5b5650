// BRs 7.1.2.10.5 (CA Certificate Certificate Policies), Table "Policy
// Restricted": a policy-restricted subordinate CA certificate (one without
// anyPolicy) must include exactly one CA/B Forum reserved policy identifier.
// Cross-certificates, declared through the CrossCert setting, are excluded;
// so are those declared ([cair] certificate_type, --cert-type) to certify a
// root's key (cross-internal, cross-external): BRs 7.1.2.2.6 requires exactly
// one reserved identifier only when subscriber certificates chain directly
// to the cross-certificate (the -subscriber-issuing types).
#include <string>

#include "lint/config.h"
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/br_declared_type.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ca_multiple_reserved_policy_oids",
    .description = "A policy-restricted subordinate CA certificate must not carry more than one CA/B Forum reserved policy identifier.",
    .citation = "BRs: 7.1.2.10.5, Table 73 (Policy Restricted)",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABFBRs_2_0_0_Date,
    .peers = "pkilint:cabf.serverauth.ca_multiple_reserved_policy_oids",
    .requires_facts = lint::fact::kCa,
};

class CaMultipleReservedPolicyOids final : public br_profile::DeclaredTypeLint {
 public:
  std::string Configure(const lint::Config& config) override {
    if (std::string declared_error = DeclaredTypeLint::Configure(config); !declared_error.empty()) return declared_error;
    std::string error;
    auto v = config.GetBool(kMetadata.name, "CrossCert", false, &error);
    if (!v) return error.empty() ? "e_ca_multiple_reserved_policy_oids.CrossCert: not a boolean" : error;
    cross_cert_ = *v || br_profile::IsRootKeyCross(declared());
    return "";
  }
  bool CheckApplies(const x509::Certificate& c) const override {
    return !cross_cert_ && util::cert::IsSubCa(c) && !util::zcrypto::Policies(c).Has(oid::kAnyPolicy);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    size_t reserved = 0;
    for (const x509::PolicyInformation& p : util::zcrypto::Policies(c).policies)
      reserved += p.oid == oid::kBrDomainValidated || p.oid == oid::kBrOrganizationValidated ||
                  p.oid == oid::kBrIndividualValidated || p.oid == oid::kBrExtendedValidation;
    if (reserved > 1)
      return lint::Error("A Subordinate CA certificate MUST include exactly one Reserved Certificate Policy Identifier");
    return lint::Pass();
  }

 private:
  bool cross_cert_ = false;
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CaMultipleReservedPolicyOids);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
