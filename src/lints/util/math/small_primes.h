// File: lints/util/math/small_primes.h
// An RSA modulus modulo each prime below 752, for the key checks that read
// such residues: the small-factor check of BRs 6.1.6 (no factor below 752)
// and the ROCA fingerprint (key_roca.h: the primes 3..167, all among them),
// a GMP division per group of primes whose product fits a word rather than
// one per prime.
#ifndef CAIR_LINTS_UTIL_MATH_SMALL_PRIMES_H_
#define CAIR_LINTS_UTIL_MATH_SMALL_PRIMES_H_

#include <gmp.h>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <span>

namespace cair::lints::util::math {

inline constexpr size_t kPrimesBelow752 = 133;

// 2, 3, 5, ..., 751.
std::span<const uint32_t, kPrimesBelow752> PrimesBelow752();

// The primes packed greedily into groups whose product is below 2^64: a
// modulus is reduced once per group, then the remainder by each prime of the
// group. For moduli of up to kPowerLimbs limbs the reduction is a sum of
// limb * (2^(64 i) mod product), a multiply-add a limb into 192 bits, reduced
// at the end; longer ones are divided a limb at a time. Both divide by the
// product shifted to a set top bit with a precomputed reciprocal (Moller and
// Granlund, "Improved division by invariant integers", 2011, Algorithm 4):
// no per-call set-up, where GMP's mpz_fdiv_ui spent ~200 instructions a call
// deriving its constants and ~9 a limb.
inline constexpr size_t kPowerLimbs = 64;  // 4096-bit moduli
struct PrimeGroup {
  uint64_t product;
  size_t first, end;  // PrimesBelow752()[first, end)
  uint64_t norm;      // product << (its leading zero bits): top bit set
  uint64_t inv;       // floor((2^128 - 1) / norm) - 2^64
  uint64_t power[kPowerLimbs];  // 2^(64 i) mod product
};
std::span<const PrimeGroup> PrimeGroupsBelow752();

// The group of `product` (> 1, any number below 2^64, not only a product of
// primes: Fermat's sieve reduces by 64*63*65*11*17*19*23*29), for the
// primes PrimesBelow752()[first, end).
constexpr PrimeGroup ReductionGroup(uint64_t product, size_t first = 0, size_t end = 0) {
  const uint64_t norm = product << std::countl_zero(product);
  const auto inv = static_cast<uint64_t>(~static_cast<unsigned __int128>(0) / norm);  // less 2^64
  PrimeGroup g{product, first, end, norm, inv, {}};
  const uint64_t base = static_cast<uint64_t>((static_cast<unsigned __int128>(1) << 64) % product);
  g.power[0] = 1;
  for (size_t i = 1; i < kPowerLimbs; ++i)
    g.power[i] = static_cast<uint64_t>(static_cast<unsigned __int128>(g.power[i - 1]) * base % product);
  return g;
}

static_assert(GMP_NUMB_BITS == 64 && GMP_NAIL_BITS == 0, "64-bit limbs without nails");

// (r * 2^64 + u0) mod g.norm, for r < g.norm.
inline uint64_t RemainderStep(uint64_t r, uint64_t u0, const PrimeGroup& g) {
  const unsigned __int128 q =
      static_cast<unsigned __int128>(g.inv) * r + ((static_cast<unsigned __int128>(r) << 64) | u0);
  const uint64_t q1 = static_cast<uint64_t>(q >> 64) + 1;
  const uint64_t q0 = static_cast<uint64_t>(q);
  uint64_t rem = u0 - q1 * g.norm;
  if (rem > q0) rem += g.norm;
  if (rem >= g.norm) rem -= g.norm;
  return rem;
}

// `limbs` (least significant first) modulo g.product: modulo g.norm, a
// multiple of g.product, then modulo g.product.
inline uint64_t GroupResidue(const mp_limb_t* limbs, size_t count, const PrimeGroup& g) {
  uint64_t r = 0;
  if (count <= kPowerLimbs) {
    // Each term is below 2^128 and there are at most 2^6: the sum fits 192 bits.
    unsigned __int128 low = 0;
    uint64_t high = 0;
    for (size_t i = 0; i < count; ++i) {
      const unsigned __int128 term = static_cast<unsigned __int128>(limbs[i]) * g.power[i];
      low += term;
      high += low < term;
    }
    r = RemainderStep(r, high % g.norm, g);
    r = RemainderStep(r, static_cast<uint64_t>(low >> 64), g);
    r = RemainderStep(r, static_cast<uint64_t>(low), g);
  } else {
    for (size_t i = count; i-- > 0;) r = RemainderStep(r, limbs[i], g);
  }
  return r % g.product;
}
// `n` (>= 0) modulo g.product.
inline uint64_t GroupResidue(mpz_srcptr n, const PrimeGroup& g) { return GroupResidue(mpz_limbs_read(n), mpz_size(n), g); }

// Calls f(i, n mod PrimesBelow752()[i]) for i = 0, 1, ... in order, one
// group reduction at a time, until f returns false (then false). n >= 0.
template <typename F>
bool ForEachResidueBelow752(mpz_srcptr n, F&& f) {
  const mp_limb_t* limbs = mpz_limbs_read(n);
  const size_t count = mpz_size(n);
  const std::span<const uint32_t, kPrimesBelow752> primes = PrimesBelow752();
  for (const PrimeGroup& g : PrimeGroupsBelow752()) {
    const uint64_t r = GroupResidue(limbs, count, g);
    for (size_t i = g.first; i < g.end; ++i)
      if (!f(i, static_cast<uint32_t>(r % primes[i]))) return false;
  }
  return true;
}

// True when a prime below 752 divides n (n >= 0; 0 has every factor).
inline bool HasFactorBelow752(mpz_srcptr n) {
  return !ForEachResidueBelow752(n, [](size_t, uint32_t r) { return r != 0; });
}

}  // namespace cair::lints::util::math

#endif  // CAIR_LINTS_UTIL_MATH_SMALL_PRIMES_H_
