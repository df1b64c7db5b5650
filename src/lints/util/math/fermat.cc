#include "lints/util/math/fermat.h"

#include <array>
#include <bit>
#include <cstdint>
#include <string>

#include "lints/util/math/mpz.h"
#include "lints/util/math/small_primes.h"

namespace cair::lints::util::math {
namespace {

// Bound on the work one hostile certificate can cause (the square roots are
// quasi-linear in the size): far above any real RSA key (16384 bits).
constexpr size_t kMaxModulusBytes = 8192;

// Small moduli for the sieve: a perfect square is a quadratic residue modulo
// every m, so one non-residue proves a candidate is not a square.
constexpr std::array<unsigned, 8> kModuli{64, 63, 65, 11, 17, 19, 23, 29};
constexpr unsigned kMaxModulus = 65;
constexpr unsigned long kModuliProduct = 64ul * 63 * 65 * 11 * 17 * 19 * 23 * 29;  // < 2^40
// n and the first candidate modulo kModuliProduct by precomputed powers and
// reciprocal (small_primes.h), where mpz_fdiv_ui derived its constants on
// every call (~400 instructions for a 2048-bit n).
constexpr PrimeGroup kModuliGroup = ReductionGroup(kModuliProduct);

// For each m and each residue r of n modulo m: bit x (0 <= x < m) set when
// x^2 - r is a square modulo m, repeated with period m over 192 bits, so
// that the 64 bits from any offset below m are the pattern seen by 64
// consecutive candidates.
struct SquarePatterns {
  static constexpr size_t kWords = 3;  // 192 >= 64 + the largest m
  std::array<std::array<std::array<uint64_t, kWords>, kMaxModulus>, kModuli.size()> bits{};
  constexpr SquarePatterns() {
    for (size_t k = 0; k < kModuli.size(); ++k) {
      const unsigned m = kModuli[k];
      std::array<bool, kMaxModulus> square{};
      for (unsigned x = 0; x < m; ++x) square[x * x % m] = true;
      for (unsigned r = 0; r < m; ++r)
        for (unsigned bit = 0; bit < 64 * kWords; ++bit) {
          const unsigned x = bit % m;
          if (square[(x * x % m + m - r) % m]) bits[k][r][bit / 64] |= uint64_t{1} << (bit % 64);
        }
    }
  }
};
constexpr SquarePatterns kPatterns;
static_assert(64 + kMaxModulus <= 64 * SquarePatterns::kWords);

// For one modulus n: which of the candidates a0 + j .. a0 + j + 63 can give a
// square (a0 + i)^2 - n modulo every m, as a mask (bit t for a0 + j + t),
// 64 candidates per AND of eight words where a test per candidate cost ~20
// instructions for each of the ~100 candidates of a default run.
class Sieve {
 public:
  Sieve(unsigned long n_mod, unsigned long a_mod) {
    for (size_t k = 0; k < kModuli.size(); ++k) {
      pattern_[k] = &kPatterns.bits[k][n_mod % kModuli[k]];
      offset_[k] = static_cast<unsigned>(a_mod % kModuli[k]);
    }
  }
  // The mask of the next 64 candidates (j = 0, 64, 128, ... on successive calls).
  uint64_t Next() {
    uint64_t mask = ~uint64_t{0};
    for (size_t k = 0; k < kModuli.size(); ++k) {
      const unsigned o = offset_[k];
      const std::array<uint64_t, SquarePatterns::kWords>& w = *pattern_[k];
      const unsigned at = o / 64, shift = o % 64;
      mask &= shift == 0 ? w[at] : (w[at] >> shift) | (w[at + 1] << (64 - shift));
      offset_[k] = (o + 64) % kModuli[k];
    }
    return mask;
  }

 private:
  std::array<const std::array<uint64_t, SquarePatterns::kWords>*, kModuli.size()> pattern_{};
  std::array<unsigned, kModuli.size()> offset_{};  // the next window's first candidate, modulo each m
};

std::string Decimal(mpz_ptr v) {
  std::string out(mpz_sizeinbase(v, 10) + 2, '\0');
  mpz_get_str(out.data(), 10, v);
  out.resize(std::char_traits<char>::length(out.c_str()));
  return out;
}

}  // namespace

// GMP rather than OpenSSL's BIGNUM: the integer square root of the modulus,
// which every call pays, is a few microseconds with mpz_sqrt and about 15 with
// Newton's iteration over BN_div.
bool FermatFactor(mpz_srcptr n, int64_t rounds, std::string* p, std::string* q) {
  if (rounds <= 0 || mpz_sgn(n) <= 0 || (mpz_sizeinbase(n, 2) + 7) / 8 > kMaxModulusBytes) return false;
  // Reused: after the first call they have room for any modulus of a run,
  // where fresh ones allocated in mpz_sqrt and again in mpz_add_ui.
  thread_local Mpz a, c, b2, b, rem;
  // Candidates a = floor(sqrt(n)) + 1 + i for i < rounds, as Boulder and zlint count them.
  mpz_sqrt(a.get(), n);
  mpz_add_ui(a.get(), a.get(), 1);
  Sieve sieve(GroupResidue(n, kModuliGroup), GroupResidue(a.get(), kModuliGroup));
  for (uint64_t j = 0; j < static_cast<uint64_t>(rounds); j += 64) {
    uint64_t mask = sieve.Next();
    if (static_cast<uint64_t>(rounds) - j < 64) mask &= (uint64_t{1} << (static_cast<uint64_t>(rounds) - j)) - 1;
    for (; mask != 0; mask &= mask - 1) {  // candidates in increasing order
      // Candidate a + i: b2 = (a + i)^2 - n, a square?
      const uint64_t i = j + static_cast<uint64_t>(std::countr_zero(mask));
      mpz_add_ui(c.get(), a.get(), static_cast<unsigned long>(i));
      mpz_mul(b2.get(), c.get(), c.get());
      mpz_sub(b2.get(), b2.get(), n);
      mpz_sqrtrem(b.get(), rem.get(), b2.get());
      if (mpz_sgn(rem.get()) == 0) {
        Mpz pp, qq;
        mpz_add(pp.get(), c.get(), b.get());
        mpz_sub(qq.get(), c.get(), b.get());
        *p = Decimal(pp.get());
        *q = Decimal(qq.get());
        return true;
      }
    }
  }
  return false;
}

bool FermatFactor(der::Input modulus, int64_t rounds, std::string* p, std::string* q) {
  if (rounds <= 0 || modulus.empty() || modulus.size() > kMaxModulusBytes) return false;
  Mpz n;
  MpzFromMagnitude(modulus, n.get());
  return FermatFactor(n.get(), rounds, p, q);
}

}  // namespace cair::lints::util::math
