// RFC 8813 3 (updating RFC 5480 3): if the keyUsage extension is present in
// a certificate whose SubjectPublicKeyInfo is id-ecPublicKey, neither
// keyEncipherment nor dataEncipherment may be asserted.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ecdsa_allowed_ku",
    .description = "Certificates for EC public keys must not assert keyEncipherment or dataEncipherment.",
    .citation = "RFC 8813: 3",
    .source = lint::Source::kRfc8813,
    .effective = lint::dates::kRFC8813Date,
    .peers = "pkilint:pkix.key_usage_value_prohibited_for_ec",
    .requires_facts = lint::fact::kEcKey | lint::fact::kKeyUsage,
};

class EcdsaAllowedKu final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::HasEcKeyAlgorithm(c) && c.HasExtension(oid::kKeyUsage);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    constexpr uint16_t kForbidden =
        util::zcrypto::KuBit(x509::kKeyEncipherment) | util::zcrypto::KuBit(x509::kDataEncipherment);
    const uint16_t bad = util::zcrypto::KeyUsage(c) & kForbidden;
    if (bad) return lint::Error(std::string("Certificate contains invalid key usage(s): ") + util::zcrypto::KeyUsageNames(bad));
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EcdsaAllowedKu);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
