#include "lints/util/key_fermat.h"

#include <openssl/bn.h>
#include <openssl/crypto.h>

#include <array>
#include <cmath>
#include <memory>

namespace cair::lints::util {
namespace {

struct BnFree {
  void operator()(BIGNUM* b) const { BN_free(b); }
};
struct CtxFree {
  void operator()(BN_CTX* c) const { BN_CTX_free(c); }
};
using Bn = std::unique_ptr<BIGNUM, BnFree>;
using Ctx = std::unique_ptr<BN_CTX, CtxFree>;

Bn NewBn() { return Bn(BN_new()); }

// *out = floor(sqrt(x)) for x >= 0, by Newton's iteration from an estimate
// that is never below the root (the iterates then decrease to it).
bool ISqrt(const BIGNUM* x, BIGNUM* out, BN_CTX* ctx) {
  if (BN_is_zero(x)) {
    BN_zero(out);
    return true;
  }
  const int bits = BN_num_bits(x);
  int shift = bits > 62 ? bits - 62 : 0;
  shift += shift & 1;  // even, so that the root scales by 2^(shift/2)
  Bn top = NewBn(), est = NewBn(), next = NewBn(), quot = NewBn();
  if (!top || !est || !next || !quot || !BN_rshift(top.get(), x, shift)) return false;
  const long double head = static_cast<long double>(BN_get_word(top.get()));
  // x < (head + 1) * 2^shift, so (floor(sqrt(head)) + 1) * 2^(shift/2) > sqrt(x).
  const BN_ULONG guess = static_cast<BN_ULONG>(std::floor(std::sqrt(head))) + 2;
  if (!BN_set_word(est.get(), guess) || !BN_lshift(est.get(), est.get(), shift / 2)) return false;
  while (true) {
    if (!BN_div(quot.get(), nullptr, x, est.get(), ctx) ||
        !BN_add(next.get(), est.get(), quot.get()) || !BN_rshift1(next.get(), next.get()))
      return false;
    if (BN_cmp(next.get(), est.get()) >= 0) break;
    std::swap(est, next);
  }
  return BN_copy(out, est.get()) != nullptr;
}

// Quadratic-residue tables for small moduli: a perfect square is a residue
// modulo every m, so one non-residue proves a candidate is not a square.
// Bound on the work one hostile certificate can cause (the square roots are
// quadratic in the size): far above any real RSA key (16384 bits).
constexpr size_t kMaxModulusBytes = 8192;

constexpr std::array<unsigned, 8> kModuli{64, 63, 65, 11, 17, 19, 23, 29};
constexpr unsigned kMaxModulus = 65;

struct ResidueTables {
  bool square[kModuli.size()][kMaxModulus] = {};
  constexpr ResidueTables() {
    for (size_t k = 0; k < kModuli.size(); ++k)
      for (unsigned r = 0; r < kModuli[k]; ++r) square[k][(r * r) % kModuli[k]] = true;
  }
};
constexpr ResidueTables kResidues;

std::string Decimal(const BIGNUM* b) {
  char* s = BN_bn2dec(b);
  if (!s) return {};
  std::string out(s);
  OPENSSL_free(s);
  return out;
}

}  // namespace

bool FermatFactor(der::Input modulus, int64_t rounds, std::string* p, std::string* q) {
  if (rounds <= 0 || modulus.empty() || modulus.size() > kMaxModulusBytes) return false;
  Ctx ctx(BN_CTX_new());
  Bn n(BN_bin2bn(modulus.data(), static_cast<int>(modulus.size()), nullptr));
  Bn a = NewBn(), b2 = NewBn(), b = NewBn(), check = NewBn();
  if (!ctx || !n || !a || !b2 || !b || !check || BN_is_zero(n.get())) return false;
  // a = floor(sqrt(n)) + 1; b2 = a^2 - n.
  if (!ISqrt(n.get(), a.get(), ctx.get()) || !BN_add_word(a.get(), 1)) return false;
  std::array<unsigned, kModuli.size()> ra{}, rb{};
  auto reload = [&]() {
    if (!BN_sqr(b2.get(), a.get(), ctx.get()) || !BN_sub(b2.get(), b2.get(), n.get())) return false;
    for (size_t k = 0; k < kModuli.size(); ++k) {
      const BN_ULONG ma = BN_mod_word(a.get(), kModuli[k]);
      const BN_ULONG mb = BN_mod_word(b2.get(), kModuli[k]);
      if (ma == static_cast<BN_ULONG>(-1) || mb == static_cast<BN_ULONG>(-1)) return false;
      ra[k] = static_cast<unsigned>(ma);
      rb[k] = static_cast<unsigned>(mb);
    }
    return true;
  };
  if (!reload()) return false;
  int64_t pending = 0;  // rounds advanced in residues only, not yet in a / b2
  for (int64_t i = 0; i < rounds; ++i) {
    bool maybe_square = true;
    for (size_t k = 0; k < kModuli.size() && maybe_square; ++k) maybe_square = kResidues.square[k][rb[k]];
    if (maybe_square) {
      if (pending > 0) {
        if (!BN_add_word(a.get(), static_cast<BN_ULONG>(pending)) || !reload()) return false;
        pending = 0;
      }
      if (!ISqrt(b2.get(), b.get(), ctx.get()) || !BN_sqr(check.get(), b.get(), ctx.get())) return false;
      if (BN_cmp(check.get(), b2.get()) == 0) {
        Bn pp = NewBn(), qq = NewBn();
        if (!pp || !qq || !BN_add(pp.get(), a.get(), b.get()) || !BN_sub(qq.get(), a.get(), b.get()))
          return false;
        *p = Decimal(pp.get());
        *q = Decimal(qq.get());
        return true;
      }
    }
    // Next candidate: b2 += 2a + 1, a += 1 (modulo each small modulus).
    for (size_t k = 0; k < kModuli.size(); ++k) {
      const unsigned m = kModuli[k];
      rb[k] = (rb[k] + 2 * ra[k] + 1) % m;
      ra[k] = (ra[k] + 1) % m;
    }
    ++pending;
  }
  return false;
}

}  // namespace cair::lints::util
