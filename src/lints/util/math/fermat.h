// File: lints/util/math/fermat.h
// Fermat's factorization method on an RSA modulus, bounded by a number of
// rounds. A modulus n = p*q whose primes are close together is factored
// quickly by trying a = floor(sqrt(n)) + 1, a + 1, ... until a^2 - n is a
// perfect square b^2 (then p = a + b, q = a - b). Starting point and round
// counting are those of Boulder's and zlint's checks, so that a configured
// number of rounds means the same thing here and there.
#ifndef CAIR_LINTS_UTIL_MATH_FERMAT_H_
#define CAIR_LINTS_UTIL_MATH_FERMAT_H_

#include <gmp.h>

#include <cstdint>
#include <string>

#include "der/input.h"

namespace cair::lints::util::math {

// `modulus` is the big-endian magnitude of n (leading zero bytes allowed).
// Returns true when the method factors n within `rounds` candidates and
// sets *p and *q to the factors in decimal. Non-square candidates are
// rejected with small-modulus residue tests, 64 candidates at a time by
// masks; only candidates that pass them get a full integer square root.
// Moduli longer than 8192 octets (65536 bits) are not examined. Computed on
// every call: the key lints ask through util/rsa_modulus_memo.h, which
// remembers the answer per modulus.
bool FermatFactor(der::Input modulus, int64_t rounds, std::string* p, std::string* q);
// The same for n as a GMP integer (n >= 0).
bool FermatFactor(mpz_srcptr n, int64_t rounds, std::string* p, std::string* q);

}  // namespace cair::lints::util::math

#endif  // CAIR_LINTS_UTIL_MATH_FERMAT_H_
