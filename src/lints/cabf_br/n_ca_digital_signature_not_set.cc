// BRs 7.1.2.10.7 (formerly 7.1.2.1 b / 7.1.2.2 e): a CA whose key signs OCSP
// responses needs digitalSignature in keyUsage; its absence is worth a notice.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "n_ca_digital_signature_not_set",
    .description = "A CA certificate without digitalSignature in keyUsage cannot use its key to sign OCSP responses.",
    .citation = "BRs: 7.1.2.10.7",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .peers = "pkilint:cabf.ca_certificate_no_digital_signature_bit",
    .requires_facts = lint::fact::kCa | lint::fact::kKeyUsage,
};

class CaDigitalSignatureNotSet final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.IsCa() && c.HasExtension(oid::kKeyUsage);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::HasKeyUsage(util::zcrypto::KeyUsage(c), x509::kDigitalSignature) ? lint::Pass() : lint::Info();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CaDigitalSignatureNotSet);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
