// BRs 7.1.2.3.3 (Non-TLS Subordinate CA Extended Key Usage): id-kp-serverAuth,
// id-kp-OCSPSigning, anyExtendedKeyUsage and the Precertificate Signing purpose
// MUST NOT be present. A non-TLS CA has neither serverAuth, anyExtendedKeyUsage
// nor Precertificate Signing by definition (br_profile.h), which leaves
// id-kp-OCSPSigning to check: a CA key must not be a delegated OCSP responder.
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_non_tls_ca_eku_ocsp_signing",
    .description = "A non-TLS subordinate CA's extKeyUsage must not include id-kp-OCSPSigning.",
    .citation = "BRs: 7.1.2.3.3",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    // Not every certificate of this profile is serverAuth-capable; the
    // profile applies to it all the same (pkilint's TLS validator checks it).
    .override_framework_filter = true,
    .peers = "pkilint:cabf.serverauth.non_tls_ca.ocspsigning_eku_present",
    .requires_facts = lint::fact::kCa | lint::fact::kExtKeyUsage,
};

class NonTlsCaEkuOcspSigning final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.ext_key_usage.present && br_profile::Detect(c) == br_profile::Type::kNonTlsCa;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.ext_key_usage.Has(oid::kEkuOcspSigning) ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, NonTlsCaEkuOcspSigning);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
