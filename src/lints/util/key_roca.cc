#include "lints/util/key_roca.h"

#include <array>
#include <bitset>

#include "lints/util/math/mpz.h"
#include "lints/util/math/small_primes.h"

namespace cair::lints::util {
namespace {

constexpr std::array<uint32_t, 38> kPrimes = {3,  5,  7,  11, 13, 17, 19, 23, 29, 31, 37, 41, 43,
                                              47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103,
                                              107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167};

// For each prime r, bit x is set when x is a power of 65537 mod r.
using Subgroup = std::bitset<168>;

std::array<Subgroup, kPrimes.size()> ComputeSubgroups() {
  std::array<Subgroup, kPrimes.size()> out;
  for (size_t i = 0; i < kPrimes.size(); ++i) {
    const uint32_t r = kPrimes[i], g = 65537 % r;
    uint32_t x = 1;
    do {
      out[i].set(x);
      x = x * g % r;
    } while (x != 1);
  }
  return out;
}

static_assert(kPrimes.front() == 3 && kPrimes.back() == 167);

}  // namespace

std::span<const uint32_t> RocaPrimes() { return kPrimes; }

// The residues come a word-sized group of primes at a time
// (math/small_primes.h: 3..47 from one division), where a division per prime
// cost ~500 instructions each; RocaPrimes() are PrimesBelow752()[1..38], and
// a modulus not made by RSALib fails within the first group almost always.
bool HasRocaFingerprint(mpz_srcptr n) {
  static const auto subgroups = ComputeSubgroups();
  if (mpz_sgn(n) <= 0) return false;
  bool fingerprint = true;
  math::ForEachResidueBelow752(n, [&](size_t i, uint32_t r) {
    if (i == 0) return true;  // 2 is not a ROCA prime
    if (i > kPrimes.size()) return false;
    fingerprint = subgroups[i - 1].test(r);
    return fingerprint;
  });
  return fingerprint;
}

bool HasRocaFingerprint(der::Input modulus_magnitude) {
  math::Mpz n;
  math::MpzFromMagnitude(modulus_magnitude, n.get());
  return HasRocaFingerprint(n.get());
}

}  // namespace cair::lints::util
