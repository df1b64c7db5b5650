// Mozilla Root Store Policy 5.1: RSA moduli must be at least 2048 bits long.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_mp_modulus_must_be_2048_bits_or_more",
    .description = "An RSA subject public key's modulus must be 2048 bits or longer.",
    .citation = "MRSP: 5.1",
    .source = lint::Source::kMozilla,
    .effective = lint::dates::kMozillaPolicy24Date,
};

class MpModulus2048OrMore final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::KeyAlgorithm(c) == util::zcrypto::KeyAlg::kRsa;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const util::zcrypto::RsaKey key = util::zcrypto::ParsedRsaKey(c);
    if (!key.ok) return lint::Fatal("the RSA public key could not be parsed");
    return util::zcrypto::BitLength(key.n) < 2048 ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, MpModulus2048OrMore);
}  // namespace cair::lints
