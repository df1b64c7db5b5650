// File: lints/util/math/small_primes.h
// An RSA modulus modulo each prime below 752, for the key checks that read
// such residues: the small-factor check of BRs 6.1.6 (no factor below 752)
// and the ROCA fingerprint (key_roca.h: the primes 3..167, all among them),
// a GMP division per group of primes whose product fits a word rather than
// one per prime.
#ifndef CAIR_LINTS_UTIL_MATH_SMALL_PRIMES_H_
#define CAIR_LINTS_UTIL_MATH_SMALL_PRIMES_H_

#include <gmp.h>

#include <cstddef>
#include <cstdint>
#include <span>

namespace cair::lints::util::math {

inline constexpr size_t kPrimesBelow752 = 133;

// 2, 3, 5, ..., 751.
std::span<const uint32_t, kPrimesBelow752> PrimesBelow752();

// The primes packed greedily into groups whose product is below 2^64: a
// modulus is reduced once per group by GMP's single-limb division, then the
// remainder by each prime of the group.
struct PrimeGroup {
  uint64_t product;
  size_t first, end;  // PrimesBelow752()[first, end)
};
std::span<const PrimeGroup> PrimeGroupsBelow752();

// Calls f(i, n mod PrimesBelow752()[i]) for i = 0, 1, ... in order, one
// group division at a time, until f returns false (then false).
template <typename F>
bool ForEachResidueBelow752(mpz_srcptr n, F&& f) {
  for (const PrimeGroup& g : PrimeGroupsBelow752()) {
    const uint64_t r = mpz_fdiv_ui(n, g.product);
    for (size_t i = g.first; i < g.end; ++i)
      if (!f(i, static_cast<uint32_t>(r % PrimesBelow752()[i]))) return false;
  }
  return true;
}

}  // namespace cair::lints::util::math

#endif  // CAIR_LINTS_UTIL_MATH_SMALL_PRIMES_H_
