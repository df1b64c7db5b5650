// BRs 7.1.2.8.7 (OCSP Responder Key Usage): digitalSignature MUST be set (the
// key signs OCSP responses); every other bit MUST NOT (e_ocsp_cert_invalid_ku).
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/extensions.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_ocsp_responder_key_usage_no_digital_signature",
    .description = "An OCSP responder certificate's keyUsage must assert digitalSignature.",
    .citation = "BRs: 7.1.2.8.7",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    // An OCSP responder certificate is not serverAuth-capable; the profile
    // applies to it all the same (BRs 7.1.2.8).
    .override_framework_filter = true,
    .peers = "pkilint:cabf.serverauth.ocsp_responder.digitalsignature_bit_missing",
    .requires_facts = lint::fact::kNotCa | lint::fact::kEkuOcspSigning | lint::fact::kKeyUsage,
};

class OcspResponderKeyUsageNoDigitalSignature final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.key_usage.present && br_profile::Detect(c) == br_profile::Type::kOcspResponder;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.key_usage.Has(x509::kDigitalSignature) ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, OcspResponderKeyUsageNoDigitalSignature);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
