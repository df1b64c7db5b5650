// ForEachResidueBelow752 (small_primes.h) against GMP's own division, and
// the ROCA primes are the ones key_roca.cc takes from it.
#include "lints/util/math/small_primes.h"

#include <gmp.h>
#include <gtest/gtest.h>

#include <vector>


#include "lints/util/key_roca.h"
#include "lints/util/math/mpz.h"

namespace cair::lints::util::math {
namespace {

TEST(SmallPrimes, TheFirst133Primes) {
  const auto p = PrimesBelow752();
  EXPECT_EQ(p[0], 2u);
  EXPECT_EQ(p[1], 3u);
  EXPECT_EQ(p[132], 751u);
  for (size_t i = 0; i < p.size(); ++i) {
    for (uint32_t d = 2; d * d <= p[i]; ++d) EXPECT_NE(p[i] % d, 0u) << p[i];
    if (i > 0) EXPECT_LT(p[i - 1], p[i]);
  }
  const auto roca = RocaPrimes();
  ASSERT_EQ(roca.size(), 38u);
  for (size_t i = 0; i < roca.size(); ++i) EXPECT_EQ(roca[i], p[i + 1]);  // key_roca.cc relies on it
}

TEST(SmallPrimes, ResiduesMatchGmpAndStopWhenAsked) {
  size_t covered = 0;
  for (const PrimeGroup& g : PrimeGroupsBelow752()) {
    EXPECT_EQ(g.first, covered);
    covered = g.end;
  }
  EXPECT_EQ(covered, kPrimesBelow752);
  gmp_randstate_t rng;
  gmp_randinit_default(rng);
  gmp_randseed_ui(rng, 15);
  Mpz n;
  for (int bits : {1, 8, 63, 64, 65, 512, 2048, 4096, 4097, 8192}) {
    for (int round = 0; round < 4; ++round) {
      mpz_urandomb(n.get(), rng, bits);
      size_t next = 0;
      EXPECT_TRUE(ForEachResidueBelow752(n.get(), [&](size_t i, uint32_t r) {
        EXPECT_EQ(i, next++);
        EXPECT_EQ(r, mpz_fdiv_ui(n.get(), PrimesBelow752()[i])) << bits << " bits mod " << PrimesBelow752()[i];
        return true;
      }));
      EXPECT_EQ(next, kPrimesBelow752);
    }
  }
  // Limbs of all ones, and values next to each group's product and its
  // normalised multiple: the reciprocal step's edge cases.
  std::vector<Mpz> edges(1 + 4 * PrimeGroupsBelow752().size());
  mpz_ui_pow_ui(edges[0].get(), 2, 64 * kPowerLimbs);
  mpz_sub_ui(edges[0].get(), edges[0].get(), 1);
  size_t k = 1;
  for (const PrimeGroup& g : PrimeGroupsBelow752()) {
    for (uint64_t v : {g.product, g.product - 1, g.norm, g.norm - 1}) {
      mpz_set_ui(edges[k].get(), v);
      mpz_mul_2exp(edges[k].get(), edges[k].get(), 64 * 3);
      mpz_add_ui(edges[k].get(), edges[k].get(), v);
      ++k;
    }
  }
  for (Mpz& e : edges) {
    EXPECT_TRUE(ForEachResidueBelow752(e.get(), [&](size_t i, uint32_t r) {
      EXPECT_EQ(r, mpz_fdiv_ui(e.get(), PrimesBelow752()[i])) << i;
      return true;
    }));
  }
  gmp_randclear(rng);
  size_t calls = 0;
  EXPECT_FALSE(ForEachResidueBelow752(n.get(), [&](size_t i, uint32_t) { return ++calls, i < 40; }));
  EXPECT_EQ(calls, 41u);
}

}  // namespace
}  // namespace cair::lints::util::math
