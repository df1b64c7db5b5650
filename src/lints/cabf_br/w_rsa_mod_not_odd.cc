// BRs 6.1.6 (RSA key quality): the modulus SHOULD be an odd number.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/br_key_zcrypto.h"
#include "lints/util/cert_class.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "w_rsa_mod_not_odd",
    .description = "An RSA modulus should be an odd number.",
    .citation = "BRs: 6.1.6",
    .source = Source::kCabfBr,
    .effective = dates::kCABV113Date,
};

class RsaModNotOdd final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::BrParsedRsaKey(c).ok;
  }
  Result Execute(const x509::Certificate& c) const override {
    return util::BrIsOdd(util::BrParsedRsaKey(c).n) ? Pass() : Warn();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RsaModNotOdd);
}  // namespace cair::lints
