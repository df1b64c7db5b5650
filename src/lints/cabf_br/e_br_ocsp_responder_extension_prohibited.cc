// BRs 7.1.2.8.2 (OCSP Responder Extensions): nameConstraints and
// subjectAltName MUST NOT be present (certificatePolicies and
// cRLDistributionPoints, also MUST NOT, have zlint's lints
// e_ocsp_cert_cp_forbidden and e_ocsp_cert_cdp_forbidden).
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_ocsp_responder_extension_prohibited",
    .description = "An OCSP responder certificate must not include the nameConstraints or subjectAltName extension.",
    .citation = "BRs: 7.1.2.8.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    // An OCSP responder certificate is not serverAuth-capable; the profile
    // applies to it all the same (BRs 7.1.2.8).
    .override_framework_filter = true,
    .peers = "pkilint:cabf.serverauth.ocsp_responder.name_constraints_extension_present;"
             "pkilint:cabf.serverauth.ocsp_responder.subject_altname_extension_present",
    .requires_facts = lint::fact::kEkuOcspSigning | lint::fact::kNotCa | lint::fact::kExtKeyUsage,
};

class OcspResponderExtensionProhibited final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return br_profile::Detect(c) == br_profile::Type::kOcspResponder;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (c.HasExtension(oid::kNameConstraints)) return lint::Error("nameConstraints present");
    if (c.HasExtension(oid::kSubjectAltName)) return lint::Error("subjectAltName present");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, OcspResponderExtensionProhibited);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
