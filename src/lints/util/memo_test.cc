// util::Memoized: computed once per key and thread, recomputed after the
// memo is emptied at its bound, long keys never remembered.
#include "lints/util/memo.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <thread>

namespace cair::lints::util {
namespace {

struct OnceTag;
struct BoundTag;
struct LongKeyTag;
struct ThreadTag;

TEST(Memoized, ComputesOncePerKey) {
  int calls = 0;
  auto twice = [&](std::string_view key) {
    return Memoized<OnceTag, 16, 64>(key, [&] { return ++calls, std::string(key) + std::string(key); });
  };
  EXPECT_EQ(twice("ab"), "abab");
  EXPECT_EQ(twice("ab"), "abab");
  EXPECT_EQ(twice("cd"), "cdcd");
  EXPECT_EQ(calls, 2);
}

TEST(Memoized, EmptiedAtItsBound) {
  int calls = 0;
  auto f = [&](std::string_view key) { return Memoized<BoundTag, 2, 64>(key, [&] { return ++calls; }); };
  EXPECT_EQ(f("a"), 1);
  EXPECT_EQ(f("b"), 2);
  EXPECT_EQ(f("a"), 1);  // still remembered
  EXPECT_EQ(f("c"), 3);  // full: emptied, then "c" stored
  EXPECT_EQ(f("a"), 4);  // forgotten, computed again
}

TEST(Memoized, LongKeysAreNotRemembered) {
  int calls = 0;
  const std::string key(65, 'k');
  auto f = [&] { return Memoized<LongKeyTag, 16, 64>(key, [&] { return ++calls; }); };
  EXPECT_EQ(f(), 1);
  EXPECT_EQ(f(), 2);
}

TEST(Memoized, OneMemoPerThread) {
  int calls = 0;
  auto f = [&] { return Memoized<ThreadTag, 16, 64>("k", [&] { return ++calls; }); };
  EXPECT_EQ(f(), 1);
  std::thread([&] { EXPECT_EQ(f(), 2); }).join();
  EXPECT_EQ(f(), 1);
}

TEST(MemoHash, EveryByteAndTheLengthCount) {
  std::set<uint64_t> seen;
  std::string key(40, 'a');
  seen.insert(MemoHash(""));
  for (size_t n = 1; n <= key.size(); ++n) seen.insert(MemoHash(std::string_view(key).substr(0, n)));
  for (size_t i = 0; i < key.size(); ++i) {
    std::string k = key;
    k[i] = 'b';
    seen.insert(MemoHash(k));
  }
  // "a", "aa", ... and every one-byte change differ ("" too), and none is 0.
  EXPECT_EQ(seen.size(), 1 + 2 * key.size());
  EXPECT_EQ(seen.count(0), 0u);
  // A zero byte is not the end of a key.
  EXPECT_NE(MemoHash(std::string_view("a\0", 2)), MemoHash("a"));
}

TEST(FlatMemo, FindsEveryKeyAcrossGrowth) {
  FlatMemo<int> memo;
  for (int i = 0; i < 5000; ++i) {
    const std::string k = "key" + std::to_string(i);
    ASSERT_EQ(memo.Find(k, MemoHash(k)), nullptr);
    ASSERT_TRUE(memo.Insert(k, MemoHash(k), i, 1 << 20));
  }
  EXPECT_EQ(memo.size(), 5000u);
  for (int i = 0; i < 5000; ++i) {
    const std::string k = "key" + std::to_string(i);
    const int* v = memo.Find(k, MemoHash(k));
    ASSERT_NE(v, nullptr) << k;
    EXPECT_EQ(*v, i);
  }
  EXPECT_EQ(memo.Find("key5000", MemoHash("key5000")), nullptr);
}

TEST(FlatMemo, CollidingKeysAreBoundedNotLost) {
  // Keys forced onto one hash: the first kMaxProbe are remembered, the next
  // is refused (computed each time by Memoized), and look-ups stay exact.
  FlatMemo<int> memo;
  constexpr uint64_t kSameHash = 0x1234567;
  const size_t n = FlatMemo<int>::kMaxProbe;
  for (size_t i = 0; i < n; ++i) EXPECT_TRUE(memo.Insert("k" + std::to_string(i), kSameHash, int(i), 1 << 20));
  EXPECT_FALSE(memo.Insert("extra", kSameHash, -1, 1 << 20));
  for (size_t i = 0; i < n; ++i) {
    const int* v = memo.Find("k" + std::to_string(i), kSameHash);
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(*v, int(i));
  }
  EXPECT_EQ(memo.Find("extra", kSameHash), nullptr);
}

}  // namespace
}  // namespace cair::lints::util
