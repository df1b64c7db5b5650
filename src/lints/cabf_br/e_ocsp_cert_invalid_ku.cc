// BRs 7.1.2.8.7 (OCSP Responder Key Usage): digitalSignature is the only key
// usage a delegated OCSP responder certificate may assert.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ocsp_cert_invalid_ku",
    .description = "A certificate with the OCSPSigning extended key usage may assert no key usage other than digitalSignature.",
    .citation = "BRs: 7.1.2.8.7 OCSP Responder Key Usage",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kSC62EffectiveDate,
    .override_framework_filter = true,
    .peers = "pkilint:cabf.serverauth.ocsp_responder.prohibited_ku_present",
    .requires_facts = lint::fact::kEkuOcspSigning | lint::fact::kExtKeyUsage,
};

class OcspCertInvalidKeyUsage final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::HasEku(c, oid::kEkuOcspSigning);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (util::zcrypto::AnyKeyUsageBit(util::zcrypto::KeyUsage(c), x509::kDigitalSignature))
      return lint::Error("In an OCSP Responder certificate, only digitalSignature is allowed in the KeyUsage extension");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, OcspCertInvalidKeyUsage);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
