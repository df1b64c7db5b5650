// RFC 8813 3 (updating RFC 5480 3): if the keyUsage extension is present in
// a certificate whose SubjectPublicKeyInfo is id-ecPublicKey, neither
// keyEncipherment nor dataEncipherment may be asserted.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_ecdsa_allowed_ku",
    .description = "Certificates for EC public keys must not assert keyEncipherment or dataEncipherment.",
    .citation = "RFC 8813 Section 3",
    .source = Source::kRfc8813,
    .effective = dates::kRFC8813Date,
};

class EcdsaAllowedKu final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::HasEcKeyAlgorithm(c) && c.HasExtension(oid::kKeyUsage);
  }
  Result Execute(const x509::Certificate& c) const override {
    constexpr uint16_t kForbidden =
        util::zcrypto::KuBit(x509::kKeyEncipherment) | util::zcrypto::KuBit(x509::kDataEncipherment);
    const uint16_t bad = util::zcrypto::KeyUsage(c) & kForbidden;
    if (bad) return Error(std::string("Certificate contains invalid key usage(s): ") + util::zcrypto::KeyUsageNames(bad));
    return Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EcdsaAllowedKu);
}  // namespace cair::lints
