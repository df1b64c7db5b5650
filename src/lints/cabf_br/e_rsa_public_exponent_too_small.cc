// BRs 6.1.6 (RSA key quality): the public exponent SHALL be an odd number
// equal to 3 or more.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_rsa_public_exponent_too_small",
    .description = "An RSA public exponent must be at least 3.",
    .citation = "BRs: 6.1.6",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABV113Date,
    .requires_facts = lint::fact::kRsaKey,
};

class RsaPublicExponentTooSmall final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::ParsedRsaKey(c).ok;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    constexpr uint8_t kThree[] = {3};
    return util::zcrypto::CompareMagnitudes(util::zcrypto::ParsedRsaKey(c).e, der::Input(kThree, 1)) >= 0 ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RsaPublicExponentTooSmall);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
