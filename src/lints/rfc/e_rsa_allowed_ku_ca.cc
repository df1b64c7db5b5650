// RFC 3279 2.3.1: in a CA or CRL issuer certificate conveying an RSA key,
// the keyUsage values that MAY be present are digitalSignature,
// nonRepudiation, keyEncipherment, dataEncipherment, keyCertSign and
// cRLSign. keyAgreement, encipherOnly and decipherOnly are flagged.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_rsa_allowed_ku_ca",
    .description = "CA certificates for RSA keys must not assert keyAgreement, encipherOnly or decipherOnly.",
    .citation = "RFC 3279: 2.3.1",
    .source = lint::Source::kRfc3279,
    .effective = lint::dates::kRFC3279Date,
    .peers = "certlint:Unallowed key usage for RSA public key (…",
    .requires_facts = lint::fact::kCa | lint::fact::kRsaKey | lint::fact::kKeyUsage,
};

class RsaAllowedKuCa final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::HasRsaKeyAlgorithm(c) && c.HasExtension(oid::kKeyUsage) && c.IsCa();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    constexpr uint16_t kForbidden = util::zcrypto::KuBit(x509::kKeyAgreement) |
                                    util::zcrypto::KuBit(x509::kEncipherOnly) |
                                    util::zcrypto::KuBit(x509::kDecipherOnly);
    const uint16_t bad = util::zcrypto::KeyUsage(c) & kForbidden;
    if (bad)
      return lint::Error(std::string("CA certificate with an RSA key contains invalid key usage(s): ") +
                   util::zcrypto::KeyUsageNames(bad));
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RsaAllowedKuCa);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
