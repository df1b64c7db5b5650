// BRs 7.1.2.8.3 (OCSP Responder Authority Information Access): when the
// extension is present, id-ad-ocsp is the only accessMethod the table lists
// (NOT RECOMMENDED); any other value, id-ad-caIssuers included, MUST NOT be
// used: the relying party already holds the issuing CA's certificate.
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_ocsp_responder_aia_method_prohibited",
    .description = "An OCSP responder certificate's authorityInformationAccess must hold no accessMethod but id-ad-ocsp.",
    .citation = "BRs: 7.1.2.8.3",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    // An OCSP responder certificate is not serverAuth-capable; the profile
    // applies to it all the same (BRs 7.1.2.8).
    .override_framework_filter = true,
    .peers = "pkilint:cabf.serverauth.ocsp_responder.unknown_aia_access_method_present",
    .requires_facts = lint::fact::kNotCa | lint::fact::kEkuOcspSigning | lint::fact::kAuthorityInfoAccess,
};

class OcspResponderAiaMethodProhibited final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.aia.present && br_profile::Detect(c) == br_profile::Type::kOcspResponder;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const x509::AccessDescription& d : c.aia.descriptions) {
      if (d.method == oid::kAdOcsp) continue;
      return lint::Error(d.method == oid::kAdCaIssuers ? "id-ad-caIssuers present" : "an unlisted accessMethod present");
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, OcspResponderAiaMethodProhibited);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
