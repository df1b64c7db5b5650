// File: lints/util/math/mpz.h
// Unsigned big-endian magnitudes (DER INTEGER contents) as GMP integers, for
// the key checks that do arithmetic on a whole modulus (Fermat's method,
// small factors): GMP's division and square root are several times faster
// than OpenSSL's BIGNUM on these sizes.
#ifndef CAIR_LINTS_UTIL_MATH_MPZ_H_
#define CAIR_LINTS_UTIL_MATH_MPZ_H_

#include <gmp.h>

#include "der/input.h"

namespace cair::lints::util::math {

// An mpz_t that frees itself.
class Mpz {
 public:
  Mpz() { mpz_init(v_); }
  ~Mpz() { mpz_clear(v_); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  mpz_ptr get() { return v_; }

 private:
  mpz_t v_;
};

// *out = the magnitude `mag` (big-endian, leading zero bytes allowed).
void MpzFromMagnitude(der::Input mag, mpz_ptr out);

}  // namespace cair::lints::util::math

#endif  // CAIR_LINTS_UTIL_MATH_MPZ_H_
