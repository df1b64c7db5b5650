// BRs 7.1.2.8.2 (OCSP Responder Extensions): a delegated OCSP responder
// certificate must not contain certificatePolicies.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ocsp_cert_cp_forbidden",
    .description = "A certificate with the OCSPSigning extended key usage must not assert certificate policies.",
    .citation = "BRs: 7.1.2.8.2 OCSP Responder Extensions",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kSC62EffectiveDate,
    .override_framework_filter = true,
    .peers = "pkilint:cabf.serverauth.ocsp_responder.certificate_policies_extension_present",
    .requires_facts = lint::fact::kEkuOcspSigning | lint::fact::kExtKeyUsage,
};

class OcspCertCpForbidden final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::HasEku(c, oid::kEkuOcspSigning);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (!util::zcrypto::Policies(c).policies.empty())
      return lint::Error("An OCSP Responder certificate MUST NOT contain the CertificatePolicies extension");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, OcspCertCpForbidden);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
