#include "lints/util/math/small_primes.h"

#include "lints/util/math/mpz.h"
#include "lints/util/memo.h"

namespace cair::lints::util::math {
namespace {

// The primes below 752, by a sieve at compile time.
constexpr auto kPrimes = [] {
  std::array<bool, 752> composite{};
  for (size_t i = 2; i < composite.size(); ++i) {
    if (composite[i]) continue;
    for (size_t j = i * i; j < composite.size(); j += i) composite[j] = true;
  }
  std::array<uint32_t, kPrimesBelow752> primes{};
  size_t k = 0;
  for (size_t i = 2; i < composite.size() && k < primes.size(); ++i)
    if (!composite[i]) primes[k++] = static_cast<uint32_t>(i);
  return primes;
}();
static_assert(kPrimes[kPrimesBelow752 - 1] == 751);

// The primes packed greedily into products below 2^64: the modulus is
// reduced once per group by GMP's single-limb division (a few instructions
// per limb), then each remainder by the group's primes.
struct Groups {
  std::array<uint64_t, kPrimesBelow752> product{};
  std::array<uint8_t, kPrimesBelow752 + 1> first{};  // group g holds primes [first[g], first[g+1])
  size_t count = 0;
};
constexpr Groups kGroups = [] {
  Groups g;
  uint64_t acc = 1;
  for (size_t i = 0; i < kPrimes.size(); ++i) {
    if (acc > ~uint64_t{0} / kPrimes[i]) {
      g.product[g.count++] = acc;
      g.first[g.count] = static_cast<uint8_t>(i);
      acc = 1;
    }
    acc *= kPrimes[i];
  }
  g.product[g.count++] = acc;
  g.first[g.count] = static_cast<uint8_t>(kPrimes.size());
  return g;
}();

SmallPrimeResidues Compute(der::Input modulus) {
  Mpz n;
  MpzFromMagnitude(modulus, n.get());
  SmallPrimeResidues out{};
  for (size_t g = 0; g < kGroups.count; ++g) {
    const uint64_t r = mpz_fdiv_ui(n.get(), kGroups.product[g]);
    for (size_t k = kGroups.first[g]; k < kGroups.first[g + 1]; ++k)
      out[k] = static_cast<uint16_t>(r % kPrimes[k]);
  }
  return out;
}

struct ResidueMemo;

}  // namespace

std::span<const uint32_t, kPrimesBelow752> PrimesBelow752() { return kPrimes; }

// Keyed by the value's bytes without leading zeros, so that the checks'
// different views of one modulus meet in the memo.
SmallPrimeResidues ResiduesBelow752(der::Input modulus) {
  size_t zeros = 0;
  while (zeros < modulus.size() && modulus[zeros] == 0) ++zeros;
  const der::Input value = modulus.sub(zeros);
  return Memoized<ResidueMemo, 1 << 14, 1024>(value.AsStringView(), [&] { return Compute(value); });
}

}  // namespace cair::lints::util::math
