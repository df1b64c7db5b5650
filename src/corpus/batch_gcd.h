// File: corpus/batch_gcd.h
// Batch GCD (Bernstein, "How to find smooth parts of integers", 2004; as
// Heninger, Durumeric, Wustrow and Halderman used it on the Internet's keys,
// "Mining your Ps and Qs", USENIX Security 2012): for moduli n_1..n_N, the
// gcd of each n_i with the product of all the others, in O(N log^2 N) big-
// number work instead of N^2/2 gcds. A product tree multiplies the moduli
// pairwise up to their product P; a remainder tree reduces P modulo the
// square of every node on the way down, so that at the leaves
// z_i = P mod n_i^2 and gcd(z_i / n_i, n_i) = gcd(n_i, P / n_i).
//
// Memory: a tree over N RSA-2048 moduli holds about N * 256 bytes per level
// and has log2 N levels. To bound it, the moduli are cut into chunks of
// `chunk` leaves: the product of every chunk's root is formed once, and each
// chunk's own tree is entered with P reduced modulo its root's square (the
// product of the roots, reduced as it is multiplied). One chunk's tree is in
// memory at a time.
#ifndef CAIR_CORPUS_BATCH_GCD_H_
#define CAIR_CORPUS_BATCH_GCD_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace cair::corpus {

struct BatchGcdOptions {
  size_t chunk = size_t{1} << 17;  // leaves per tree (about 0.8 GB at RSA-2048)
  // Called with a short description of the step ("chunk 2/8: remainder
  // tree") as the work proceeds.
  std::function<void(const std::string&)> progress;
};

// `moduli` are big-endian magnitudes, distinct and greater than 1. Returns
// the indexes i whose modulus shares a factor with another one (gcd > 1),
// ascending.
std::vector<size_t> BatchGcd(const std::vector<std::string>& moduli, const BatchGcdOptions& options);

// For the moduli BatchGcd flagged, the pairs that share a factor, with the
// factor's size in bits (the factor itself is a private key and is never
// returned). Pairwise, so O(k^2) in the number flagged.
struct SharedFactorPair {
  size_t a, b;  // indexes into `moduli`, a < b
  size_t factor_bits;
};
std::vector<SharedFactorPair> PairSharedFactors(const std::vector<std::string>& moduli,
                                                const std::vector<size_t>& flagged);

}  // namespace cair::corpus

#endif  // CAIR_CORPUS_BATCH_GCD_H_
