// BRs 7.1.2.8.2 (OCSP Responder Extensions): subjectKeyIdentifier SHOULD be
// present in an OCSP responder certificate.
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_br_ocsp_responder_ski_missing",
    .description = "An OCSP responder certificate should include the subjectKeyIdentifier extension.",
    .citation = "BRs: 7.1.2.8.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    // An OCSP responder certificate is not serverAuth-capable; the profile
    // applies to it all the same (BRs 7.1.2.8).
    .override_framework_filter = true,
    .peers = "pkilint:cabf.serverauth.ocsp_responder.subject_key_identifier_extension_absent",
    .requires_facts = lint::fact::kEkuOcspSigning | lint::fact::kNotCa | lint::fact::kExtKeyUsage,
};

class OcspResponderSkiMissing final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return br_profile::Detect(c) == br_profile::Type::kOcspResponder;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kSubjectKeyIdentifier) ? lint::Pass() : lint::Warn();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, OcspResponderSkiMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
