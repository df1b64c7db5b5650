#include "corpus/digest.h"

#include <gtest/gtest.h>
#include <openssl/sha.h>

#include <string>
#include <vector>

namespace cair::corpus {
namespace {

std::array<uint8_t, 32> Sha(const std::string& s) {
  std::array<uint8_t, 32> h;
  SHA256(reinterpret_cast<const unsigned char*>(s.data()), s.size(), h.data());
  return h;
}

TEST(Sha256Hasher, EqualsOneShotSha256AcrossReuse) {
  Sha256Hasher hasher;
  for (const std::string& s : std::vector<std::string>{"", "abc", std::string(1000, 'x'), std::string(64, '\0'), "abc"}) {
    std::array<uint8_t, 32> h;
    hasher.Digest(s.data(), s.size(), h.data());
    EXPECT_EQ(h, Sha(s)) << s.size();
  }
}

TEST(DigestSet, EachDigestOnceThroughGrowth) {
  DigestSet set;  // starts small: 100,000 insertions make it grow several times
  for (int i = 0; i < 100000; ++i) EXPECT_TRUE(set.Insert(Sha(std::to_string(i)))) << i;
  EXPECT_EQ(set.size(), 100000u);
  for (int i = 0; i < 100000; i += 7) EXPECT_FALSE(set.Insert(Sha(std::to_string(i)))) << i;
  EXPECT_TRUE(set.Insert(Sha("one more")));
  EXPECT_EQ(set.size(), 100001u);
}

TEST(DigestSet, DigestsDifferingAfterTheKeyedBytesOrAllZeroAreHandled) {
  DigestSet set(10);
  std::array<uint8_t, 32> zero{};
  EXPECT_TRUE(set.Insert(zero));  // the empty-slot pattern is a digest too
  EXPECT_FALSE(set.Insert(zero));
  std::array<uint8_t, 32> a = Sha("a"), b = a;
  b[15] ^= 1;  // differs within the 16 bytes the set keeps
  EXPECT_TRUE(set.Insert(a));
  EXPECT_TRUE(set.Insert(b));
  EXPECT_FALSE(set.Insert(a));
  EXPECT_EQ(set.size(), 3u);
}

}  // namespace
}  // namespace cair::corpus
