// RFC 3279 2.3.1: in a CA certificate conveying an RSA key, if keyCertSign
// or cRLSign is asserted then keyEncipherment and dataEncipherment SHOULD
// NOT be (reported as an error, following zlint).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_rsa_allowed_ku_no_encipherment_ca",
    .description = "An RSA CA certificate that asserts keyCertSign or cRLSign should assert neither keyEncipherment nor dataEncipherment.",
    .citation = "RFC 3279: 2.3.1",
    .source = lint::Source::kRfc3279,
    .effective = lint::dates::kRFC3279Date,
    .peers = "certlint:Encipherment usage should not be mixed with Certificate/CRL signing",
    .requires_facts = lint::fact::kCa | lint::fact::kRsaKey | lint::fact::kKeyUsage,
};

class RsaAllowedKuNoEnciphermentCa final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::HasRsaKeyAlgorithm(c) && c.HasExtension(oid::kKeyUsage) && c.IsCa();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    constexpr uint16_t kSigning = util::zcrypto::KuBit(x509::kKeyCertSign) | util::zcrypto::KuBit(x509::kCrlSign);
    constexpr uint16_t kEncipher =
        util::zcrypto::KuBit(x509::kKeyEncipherment) | util::zcrypto::KuBit(x509::kDataEncipherment);
    const uint16_t ku = util::zcrypto::KeyUsage(c);
    if ((ku & kSigning) && (ku & kEncipher))
      return lint::Error("CA certificate with an RSA key and key usage keyCertSign and/or cRLSign has additionally keyEncipherment and/or dataEncipherment key usage");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RsaAllowedKuNoEnciphermentCa);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
