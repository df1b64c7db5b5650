// File: lints/util/math/mpz_testing.h
// For tests only: the GMP pieces the key-check tests (lints/util,
// corpus/) use to build moduli: a seeded random state and a GMP integer's
// big-endian magnitude.
#ifndef CAIR_LINTS_UTIL_MATH_MPZ_TESTING_H_
#define CAIR_LINTS_UTIL_MATH_MPZ_TESTING_H_

#include <gmp.h>

#include <cstddef>
#include <string>

namespace cair::lints::util::math {

// A GMP random state seeded with `seed` (the same numbers on every run),
// freed with it.
class RandomState {
 public:
  explicit RandomState(unsigned long seed) {
    gmp_randinit_default(s_);
    gmp_randseed_ui(s_, seed);
  }
  ~RandomState() { gmp_randclear(s_); }
  RandomState(const RandomState&) = delete;
  RandomState& operator=(const RandomState&) = delete;
  gmp_randstate_t& get() { return s_; }
  // *out = the first prime from a random `bits`-bit number with its top bit
  // set: a prime of `bits` bits (or one more).
  void Prime(unsigned bits, mpz_ptr out) {
    mpz_urandomb(out, s_, bits);
    mpz_setbit(out, bits - 1);
    mpz_nextprime(out, out);
  }

 private:
  gmp_randstate_t s_;
};

// `v` as an unsigned big-endian magnitude, no leading zero byte.
inline std::string MpzBytes(mpz_srcptr v) {
  std::string out((mpz_sizeinbase(v, 2) + 7) / 8, '\0');
  size_t count = 0;
  mpz_export(out.data(), &count, 1, 1, 1, 0, v);
  out.resize(count);
  return out;
}

}  // namespace cair::lints::util::math

#endif  // CAIR_LINTS_UTIL_MATH_MPZ_TESTING_H_
