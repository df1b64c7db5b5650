// File: lints/util/key_roca.h
// The ROCA fingerprint (CVE-2017-15361; Nemec, Sys, Svenda, Klinec, Matyas,
// "The Return of Coppersmith's Attack", ACM CCS 2017). Infineon's RSALib
// built every prime as p = k*M + (65537^a mod M), M a primorial (the product
// of the first 39, 71, 126 or 225 primes, by key size). So for each small
// prime r dividing M, p mod r -- and hence n = p*q mod r -- lies in the
// multiplicative subgroup of (Z/rZ)* that 65537 generates. The test uses the
// 38 odd primes 3..167, which divide M for every key size (as the authors'
// published detector does). A modulus not made that way passes it for all
// 38 with probability 2^-27.8 (the product of |<65537 mod r>| / (r-1); the
// unit test recomputes it), about one in 240 million.
#ifndef CAIR_LINTS_UTIL_KEY_ROCA_H_
#define CAIR_LINTS_UTIL_KEY_ROCA_H_

#include <gmp.h>

#include <cstdint>
#include <span>

#include "der/input.h"

namespace cair::lints::util {

// The odd primes the fingerprint is tested against (3..167).
std::span<const uint32_t> RocaPrimes();
// True if n mod r lies in <65537> mod r for every prime r of RocaPrimes().
bool HasRocaFingerprint(mpz_srcptr n);
// The same for a modulus given as a big-endian magnitude (DER INTEGER
// contents); false for an empty or zero modulus. Computed on every call:
// the ROCA lint asks through util/rsa_modulus_memo.h, which remembers it.
bool HasRocaFingerprint(der::Input modulus_magnitude);

}  // namespace cair::lints::util

#endif  // CAIR_LINTS_UTIL_KEY_ROCA_H_
