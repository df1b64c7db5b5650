// BRs 7.1.2.2.3 (Cross-Certified Subordinate CA Extensions): a
// cross-certificate MUST carry authorityKeyIdentifier, basicConstraints,
// certificatePolicies, cRLDistributionPoints, keyUsage and
// subjectKeyIdentifier, and, when the cross-certified CA is another
// organization's (restricted, 7.1.2.2.5), extKeyUsage. Only under a declared
// cross type ([cair] certificate_type, `--cert-type`): a cross-certificate
// cannot be told from another subordinate CA certificate.
#include <string>

#include "der/values.h"
#include "lint/registry.h"
#include "lints/util/br_declared_type.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_cross_ca_extension_missing",
    .description = "A cross-certificate must include authorityKeyIdentifier, basicConstraints, certificatePolicies, cRLDistributionPoints, keyUsage, subjectKeyIdentifier and, when external, extKeyUsage; NA unless a cross type is declared.",
    .citation = "BRs: 7.1.2.2.3; BRs: 7.1.2.2.5",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    // A declared cross-certificate is judged by the TLS profile whatever its
    // extKeyUsage says (pkilint's --type does the same).
    .override_framework_filter = true,
    .peers = "pkilint:cabf.serverauth.cross_ca.authority_key_identifier_extension_absent;"
             "pkilint:cabf.serverauth.cross_ca.basic_constraints_extension_absent;"
             "pkilint:cabf.serverauth.cross_ca.certificate_policies_extension_absent;"
             "pkilint:cabf.serverauth.cross_ca.crl_distribution_points_extension_absent;"
             "pkilint:cabf.serverauth.cross_ca.key_usage_extension_absent;"
             "pkilint:cabf.serverauth.cross_ca.subject_key_identifier_extension_absent;"
             "pkilint:cabf.serverauth.cross_ca.extended_key_usage_extension_absent",
    .requires_facts = lint::fact::kCa,
};

class CrossCaExtensionMissing final : public br_profile::DeclaredTypeLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return cross() && c.IsCa(); }
  lint::Result Execute(const x509::Certificate& c) const override {
    const std::string missing = br_profile::MissingCrossExtensions(c, declared(), /*should=*/false);
    return missing.empty() ? lint::Pass() : lint::Error("missing: " + missing);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrossCaExtensionMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
