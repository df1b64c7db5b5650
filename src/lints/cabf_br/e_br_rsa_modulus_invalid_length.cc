// BRs 6.1.5 (Key Sizes), as restated by Ballot SC-062: for an RSA key the CA
// SHALL ensure that the modulus is at least 2048 bits long and that its size
// in bits is evenly divisible by 8 (also MRSP 5.1).
#include <string>

#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_rsa_modulus_invalid_length",
    .description = "An RSA modulus must be at least 2048 bits long and a multiple of 8 bits.",
    .citation = "BRs: 6.1.5",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.rsa_modulus_invalid_length",
    .requires_facts = lint::fact::kRsaKey,
};

class RsaModulusInvalidLength final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::HasRsaKeyAlgorithm(c) && util::zcrypto::ParsedRsaKey(c).ok;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const size_t bits = util::zcrypto::BitLength(util::zcrypto::ParsedRsaKey(c).n);
    if (bits >= 2048 && bits % 8 == 0) return lint::Pass();
    return lint::Error("modulus of " + std::to_string(bits) + " bits");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RsaModulusInvalidLength);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
