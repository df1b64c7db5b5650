// util::Memoized: computed once per key and thread, recomputed after the
// memo is emptied at its bound, long keys never remembered.
#include "lints/util/memo.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace cair::lints::util
