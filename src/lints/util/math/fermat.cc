#include "lints/util/math/fermat.h"

#include <array>
#include <cstdint>
#include <string>
#include <utility>

#include "lints/util/math/mpz.h"

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

struct ResidueTables {
  bool square[kModuli.size()][kMaxModulus] = {};
  constexpr ResidueTables() {
    for (size_t k = 0; k < kModuli.size(); ++k)
      for (unsigned r = 0; r < kModuli[k]; ++r) square[k][(r * r) % kModuli[k]] = true;
  }
};
constexpr ResidueTables kResidues;

// For one modulus n: candidate a0 + i can give a square (a0 + i)^2 - n
// modulo every m. Evaluated per candidate (constant divisors: multiplies,
// no division), most candidates failing at the first modulus: building a
// table of every residue for every m up front cost more than the ~100
// candidates of a default run.
struct Sieve {
  std::array<unsigned, kModuli.size()> nm{};  // n modulo each m
  std::array<unsigned, kModuli.size()> a0{};  // the first candidate a, modulo each m

  Sieve(unsigned long n_mod, unsigned long a_mod) {
    for (size_t k = 0; k < kModuli.size(); ++k) {
      nm[k] = static_cast<unsigned>(n_mod % kModuli[k]);
      a0[k] = static_cast<unsigned>(a_mod % kModuli[k]);
    }
  }
  template <size_t K>
  bool PassesModulus(uint64_t i) const {
    constexpr unsigned m = kModuli[K];
    const unsigned x = static_cast<unsigned>((a0[K] + i) % m);
    return kResidues.square[K][(x * x % m + m - nm[K]) % m];
  }
  template <size_t... K>
  bool Passes(uint64_t i, std::index_sequence<K...>) const {
    return (PassesModulus<K>(i) && ...);
  }
  bool Passes(uint64_t i) const { return Passes(i, std::make_index_sequence<kModuli.size()>()); }
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
  Mpz a, c, b2, b, rem;
  // Candidates a = floor(sqrt(n)) + 1 + i for i < rounds, as Boulder and zlint count them.
  mpz_sqrt(a.get(), n);
  mpz_add_ui(a.get(), a.get(), 1);
  const Sieve sieve(mpz_fdiv_ui(n, kModuliProduct), mpz_fdiv_ui(a.get(), kModuliProduct));
  for (int64_t i = 0; i < rounds; ++i) {
    if (!sieve.Passes(static_cast<uint64_t>(i))) continue;
    // Candidate a + i: b2 = (a + i)^2 - n, a square?
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
  return false;
}

bool FermatFactor(der::Input modulus, int64_t rounds, std::string* p, std::string* q) {
  if (rounds <= 0 || modulus.empty() || modulus.size() > kMaxModulusBytes) return false;
  Mpz n;
  MpzFromMagnitude(modulus, n.get());
  return FermatFactor(n.get(), rounds, p, q);
}

}  // namespace cair::lints::util::math
