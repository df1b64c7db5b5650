#include "lints/util/math/small_primes.h"

#include <array>
#include <utility>


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

constexpr auto kGroups = [] {
  std::array<PrimeGroup, kPrimesBelow752> groups{};
  size_t count = 0;
  uint64_t acc = 1;
  size_t first = 0;
  for (size_t i = 0; i < kPrimes.size(); ++i) {
    if (acc > ~uint64_t{0} / kPrimes[i]) {
      groups[count++] = ReductionGroup(acc, first, i);
      acc = 1;
      first = i;
    }
    acc *= kPrimes[i];
  }
  groups[count++] = ReductionGroup(acc, first, kPrimes.size());
  return std::pair(groups, count);
}();

}  // namespace

std::span<const uint32_t, kPrimesBelow752> PrimesBelow752() { return kPrimes; }
std::span<const PrimeGroup> PrimeGroupsBelow752() {
  return std::span<const PrimeGroup>(kGroups.first.data(), kGroups.second);
}

}  // namespace cair::lints::util::math
