// BRs 7.1.2.8.5 (OCSP Responder Extended Key Usage): id-kp-OCSPSigning MUST
// be present and every other purpose MUST NOT.
#include <string>

#include "der/values.h"
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_ocsp_responder_eku_not_ocsp_signing_only",
    .description = "An OCSP responder certificate's extKeyUsage must hold id-kp-OCSPSigning and no other purpose.",
    .citation = "BRs: 7.1.2.8.5",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    // An OCSP responder certificate is not serverAuth-capable; the profile
    // applies to it all the same (BRs 7.1.2.8).
    .override_framework_filter = true,
    .peers = "pkilint:cabf.serverauth.ocsp_responder.unknown_eku_present",
    .requires_facts = lint::fact::kEkuOcspSigning | lint::fact::kNotCa | lint::fact::kExtKeyUsage,
};

class OcspResponderEkuNotOcspSigningOnly final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return br_profile::Detect(c) == br_profile::Type::kOcspResponder;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (der::Input purpose : c.ext_key_usage.purposes)
      if (purpose != oid::kEkuOcspSigning) return lint::Error("purpose " + der::OidToString(purpose));
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, OcspResponderEkuNotOcspSigningOnly);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
