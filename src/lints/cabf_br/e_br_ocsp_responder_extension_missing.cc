// BRs 7.1.2.8.2 (OCSP Responder Extensions): authorityKeyIdentifier and
// keyUsage MUST be present (extKeyUsage too, which the profile's detection
// already requires; id-pkix-ocsp-nocheck has its own lint,
// e_ocsp_id_pkix_ocsp_nocheck_ext_not_included_server_auth).
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_ocsp_responder_extension_missing",
    .description = "An OCSP responder certificate must include the authorityKeyIdentifier and keyUsage extensions.",
    .citation = "BRs: 7.1.2.8.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    // An OCSP responder certificate is not serverAuth-capable; the profile
    // applies to it all the same (BRs 7.1.2.8).
    .override_framework_filter = true,
    .peers = "pkilint:cabf.serverauth.ocsp_responder.authority_key_identifier_extension_absent;"
             "pkilint:cabf.serverauth.ocsp_responder.key_usage_extension_absent",
    .requires_facts = lint::fact::kEkuOcspSigning | lint::fact::kNotCa | lint::fact::kExtKeyUsage,
};

class OcspResponderExtensionMissing final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return br_profile::Detect(c) == br_profile::Type::kOcspResponder;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (!c.HasExtension(oid::kAuthorityKeyIdentifier)) return lint::Error("no authorityKeyIdentifier");
    if (!c.HasExtension(oid::kKeyUsage)) return lint::Error("no keyUsage");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, OcspResponderExtensionMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
