// BRs 6.1.6 (RSA key quality, after NIST SP 800-89 5.3.3): the modulus
// SHOULD have no factors smaller than 752.
#include <array>
#include <cstdint>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/math/mpz.h"
#include "lints/util/memo.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

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

// The primes packed greedily into products below 2^64: the modulus is
// reduced once per group by GMP's single-limb division (a few instructions
// per limb), then each remainder by the group's primes. This lint runs on
// every RSA certificate.
struct Groups {
  std::array<uint64_t, 133> product{};
  std::array<uint8_t, 134> first{};  // group g holds primes [first[g], first[g+1])
  size_t count = 0;
};
constexpr Groups kGroups = [] {
  Groups g;
  uint64_t acc = 1;
  for (size_t i = 0; i < kSmallPrimes.size(); ++i) {
    if (acc > ~uint64_t{0} / kSmallPrimes[i]) {
      g.product[g.count++] = acc;
      g.first[g.count] = static_cast<uint8_t>(i);
      acc = 1;
    }
    acc *= kSmallPrimes[i];
  }
  g.product[g.count++] = acc;
  g.first[g.count] = static_cast<uint8_t>(kSmallPrimes.size());
  return g;
}();

bool HasFactorBelow752Uncached(der::Input n) {
  util::math::Mpz v;
  util::math::MpzFromMagnitude(n, v.get());
  for (size_t g = 0; g < kGroups.count; ++g) {
    const uint64_t r = mpz_fdiv_ui(v.get(), kGroups.product[g]);
    for (size_t k = kGroups.first[g]; k < kGroups.first[g + 1]; ++k)
      if (r % kSmallPrimes[k] == 0) return true;
  }
  return false;
}

// Remembered per modulus (util/memo.h).
struct SmallFactorMemo;
bool HasFactorBelow752(der::Input n) {
  return util::Memoized<SmallFactorMemo, 1 << 14, 1024>(n.AsStringView(), [&] { return HasFactorBelow752Uncached(n); });
}

constexpr lint::Metadata kMetadata{
    .name = "w_rsa_mod_factors_smaller_than_752",
    .description = "An RSA modulus should have no prime factor smaller than 752.",
    .citation = "BRs: 6.1.6",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABV113Date,
    .requires_facts = lint::fact::kRsaKey,
};

class RsaModFactorsSmallerThan752 final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::ParsedRsaKey(c).ok;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return HasFactorBelow752(util::zcrypto::ParsedRsaKey(c).n) ? lint::Warn() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RsaModFactorsSmallerThan752);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
