// BRs 6.1.6 (RSA key quality, after NIST SP 800-89 5.3.3): the modulus
// SHOULD have no factors smaller than 752.
#include <array>
#include <cstdint>
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/br_key_zcrypto.h"
#include "lints/util/cert_class.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

// The primes below 752, by a sieve at compile time.
constexpr auto kSmallPrimes = [] {
  std::array<bool, 752> composite{};
  for (size_t i = 2; i < composite.size(); ++i) {
    if (composite[i]) continue;
    for (size_t j = i * i; j < composite.size(); j += i) composite[j] = true;
  }
  std::array<uint32_t, 133> primes{};
  size_t k = 0;
  for (size_t i = 2; i < composite.size() && k < primes.size(); ++i)
    if (!composite[i]) primes[k++] = static_cast<uint32_t>(i);
  return primes;
}();
static_assert(kSmallPrimes[132] == 751);

constexpr Metadata kMetadata{
    .name = "w_rsa_mod_factors_smaller_than_752",
    .description = "An RSA modulus should have no prime factor smaller than 752.",
    .citation = "BRs: 6.1.6",
    .source = Source::kCabfBr,
    .effective = dates::kCABV113Date,
};

class RsaModFactorsSmallerThan752 final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::BrParsedRsaKey(c).ok;
  }
  Result Execute(const x509::Certificate& c) const override {
    const der::Input n = util::BrParsedRsaKey(c).n;
    for (uint32_t p : kSmallPrimes)
      if (util::BrModSmall(n, p) == 0) return Warn();
    return Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RsaModFactorsSmallerThan752);
}  // namespace cair::lints
