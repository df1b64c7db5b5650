// BRs 6.1.6 (RSA key quality): the public exponent SHOULD be in the range
// 2^16 + 1 to 2^256 - 1.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/br_key_zcrypto.h"
#include "lints/util/cert_class.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "w_rsa_public_exponent_not_in_range",
    .description = "An RSA public exponent should lie between 2^16 + 1 and 2^256 - 1.",
    .citation = "BRs: 6.1.6",
    .source = Source::kCabfBr,
    .effective = dates::kCABV113Date,
    .peers = "x509lint:RSA public exponent not in range of 2^16+1 to 2^256-1",
};

class RsaPublicExponentNotInRange final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::BrParsedRsaKey(c).ok;
  }
  Result Execute(const x509::Certificate& c) const override {
    const der::Input e = util::BrParsedRsaKey(c).e;
    constexpr uint8_t kLower[] = {0x01, 0x00, 0x01};  // 65537
    if (util::BrCompare(e, der::Input(kLower, sizeof(kLower))) >= 0 && util::BrBitLength(e) <= 256)
      return Pass();
    return Warn();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RsaPublicExponentNotInRange);
}  // namespace cair::lints
