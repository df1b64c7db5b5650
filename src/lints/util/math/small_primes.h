// File: lints/util/math/small_primes.h
// An RSA modulus modulo each prime below 752, for the key checks that read
// such residues: the small-factor check of BRs 6.1.6 (no factor below 752)
// and the ROCA fingerprint (key_roca.h: the primes 3..167, all among them).
// Computed once per modulus and thread (util/memo.h) and shared, where each
// check used to convert the modulus to a GMP integer and divide it itself.
#ifndef CAIR_LINTS_UTIL_MATH_SMALL_PRIMES_H_
#define CAIR_LINTS_UTIL_MATH_SMALL_PRIMES_H_

#include <array>
#include <cstdint>
#include <span>

#include "der/input.h"

namespace cair::lints::util::math {

inline constexpr size_t kPrimesBelow752 = 133;

// 2, 3, 5, ..., 751.
std::span<const uint32_t, kPrimesBelow752> PrimesBelow752();

// n mod p for each p of PrimesBelow752(), n the big-endian magnitude
// `modulus` (leading zero bytes allowed; empty is 0).
using SmallPrimeResidues = std::array<uint16_t, kPrimesBelow752>;
SmallPrimeResidues ResiduesBelow752(der::Input modulus);

}  // namespace cair::lints::util::math

#endif  // CAIR_LINTS_UTIL_MATH_SMALL_PRIMES_H_
