// ResiduesBelow752 (small_primes.h) against GMP's own division, with and
// without leading zero bytes and through its memo; the ROCA primes are the
// ones it serves.
#include "lints/util/math/small_primes.h"

#include <gmp.h>
#include <gtest/gtest.h>

#include <string>
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

TEST(SmallPrimes, ResiduesMatchGmp) {
  gmp_randstate_t rng;
  gmp_randinit_default(rng);
  gmp_randseed_ui(rng, 15);
  Mpz n;
  for (int bits : {1, 8, 63, 64, 65, 512, 2048, 4096}) {
    for (int round = 0; round < 4; ++round) {
      mpz_urandomb(n.get(), rng, bits);
      std::vector<uint8_t> bytes((mpz_sizeinbase(n.get(), 2) + 7) / 8 + 2, 0);  // two leading zeros
      size_t count = 0;
      mpz_export(bytes.data() + 2, &count, 1, 1, 1, 0, n.get());
      bytes.resize(2 + count);
      const auto with_zeros = ResiduesBelow752(der::Input(bytes.data(), bytes.size()));
      const auto without = ResiduesBelow752(der::Input(bytes.data() + 2, bytes.size() - 2));
      const auto again = ResiduesBelow752(der::Input(bytes.data() + 2, bytes.size() - 2));  // from the memo
      for (size_t i = 0; i < kPrimesBelow752; ++i) {
        const uint32_t p = PrimesBelow752()[i];
        EXPECT_EQ(with_zeros[i], mpz_fdiv_ui(n.get(), p)) << bits << " bits mod " << p;
        EXPECT_EQ(without[i], with_zeros[i]);
        EXPECT_EQ(again[i], with_zeros[i]);
      }
    }
  }
  gmp_randclear(rng);
  const auto zero = ResiduesBelow752(der::Input());
  for (uint16_t r : zero) EXPECT_EQ(r, 0);
}

}  // namespace
}  // namespace cair::lints::util::math
