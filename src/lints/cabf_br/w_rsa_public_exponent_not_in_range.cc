// BRs 6.1.6 (RSA key quality): the public exponent SHOULD be in the range
// 2^16 + 1 to 2^256 - 1.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_rsa_public_exponent_not_in_range",
    .description = "An RSA public exponent should lie between 2^16 + 1 and 2^256 - 1.",
    .citation = "BRs: 6.1.6",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABV113Date,
    .peers = "pkilint:cabf.rsa_exponent_not_in_recommended_range;x509lint:RSA public exponent not in range of 2^16+1 to 2^256-1",
    .requires_facts = lint::fact::kRsaKey,
};

class RsaPublicExponentNotInRange final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::ParsedRsaKey(c).ok;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const der::Input e = util::zcrypto::ParsedRsaKey(c).e;
    constexpr uint8_t kLower[] = {0x01, 0x00, 0x01};  // 65537
    if (util::zcrypto::CompareMagnitudes(e, der::Input(kLower, sizeof(kLower))) >= 0 && util::zcrypto::BitLength(e) <= 256)
      return lint::Pass();
    return lint::Warn();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RsaPublicExponentNotInRange);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
