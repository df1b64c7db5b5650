// BRs 6.1.5 (validity periods ending after 31 Dec 2013): RSA keys MUST have
// a modulus of at least 2048 bits.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/br_key_zcrypto.h"
#include "lints/util/cert_class.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_rsa_mod_less_than_2048_bits",
    .description = "A certificate with an RSA key that is valid on or after 1 January 2014 must use a modulus of at least 2048 bits.",
    .citation = "BRs: 6.1.5",
    .source = Source::kCabfBr,
    .peers = "certlint:RSA subject key modulus must be at least 2048 bits;x509lint:RSA modulus smaller than 2048 bit",
};

class RsaModLessThan2048Bits final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::BrParsedRsaKey(c).ok && c.not_after.unix >= Date(2014, 1, 1);
  }
  Result Execute(const x509::Certificate& c) const override {
    return util::BrBitLength(util::BrParsedRsaKey(c).n) < 2048 ? Error() : Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RsaModLessThan2048Bits);
}  // namespace cair::lints
