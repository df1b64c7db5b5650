#include "x509/derived_values.h"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <thread>
#include <vector>

namespace cair::x509 {
namespace {

// Counts live instances, so that every value is destroyed exactly once.
struct Counted {
  static int live;
  std::string text;
  explicit Counted(std::string t) : text(std::move(t)) { ++live; }
  Counted(Counted&& o) noexcept : text(std::move(o.text)) { ++live; }
  Counted(const Counted& o) : text(o.text) { ++live; }
  ~Counted() { --live; }
};
int Counted::live = 0;

struct Large {
  std::array<char, DerivedValues::kArenaBytes + 1> bytes{};
  int tag = 0;
};

// Keys next to each other share home slots: every look-up probes.
char keys[200];

TEST(DerivedValues, FindsWhatWasAddedAndDestroysEachValueOnce) {
  {
    DerivedValues d;
    EXPECT_EQ(d.Find(&keys[0]), nullptr);
    for (int i = 0; i < 150; ++i) {  // past the table's load limit: the rest spill
      const Counted& c = d.Add(&keys[i], Counted("value " + std::to_string(i)));
      EXPECT_EQ(c.text, "value " + std::to_string(i));
    }
    EXPECT_EQ(Counted::live, 150);
    for (int i = 0; i < 150; ++i) {
      const auto* c = static_cast<const Counted*>(d.Find(&keys[i]));
      ASSERT_NE(c, nullptr) << i;
      EXPECT_EQ(c->text, "value " + std::to_string(i));
    }
    EXPECT_EQ(d.Find(&keys[150]), nullptr);
  }
  EXPECT_EQ(Counted::live, 0);
}

TEST(DerivedValues, ValuesLargerThanTheArenaAndOverAlignedOnesAreStoredToo) {
  DerivedValues d;
  Large big;
  big.tag = 7;
  const Large& stored = d.Add(&keys[0], std::move(big));
  EXPECT_EQ(stored.tag, 7);
  struct alignas(64) Wide { int v = 3; };
  const Wide& w = d.Add(&keys[1], Wide{});
  EXPECT_EQ(reinterpret_cast<uintptr_t>(&w) % 64, 0u);
  EXPECT_EQ(w.v, 3);
  // The arena fills up with small values; later ones still get stored.
  for (int i = 2; i < 30; ++i) d.Add(&keys[i], std::string(200, static_cast<char>('a' + i % 26)));
  for (int i = 2; i < 30; ++i)
    EXPECT_EQ(*static_cast<const std::string*>(d.Find(&keys[i])), std::string(200, static_cast<char>('a' + i % 26)));
  EXPECT_EQ(static_cast<const Large*>(d.Find(&keys[0]))->tag, 7);
}

TEST(DerivedValues, MovingKeepsTheValuesCopyingStartsEmpty) {
  {
    DerivedValues a;
    const Counted* stored = &a.Add(&keys[5], Counted("kept"));
    DerivedValues b(std::move(a));
    EXPECT_EQ(a.Find(&keys[5]), nullptr);
    EXPECT_EQ(b.Find(&keys[5]), stored);  // the value did not move
    DerivedValues c(b);
    EXPECT_EQ(c.Find(&keys[5]), nullptr);
    c = std::move(b);
    EXPECT_EQ(c.Find(&keys[5]), stored);
    EXPECT_EQ(Counted::live, 1);
  }
  EXPECT_EQ(Counted::live, 0);
}

TEST(DerivedValues, ABlockIsReusedAfterResetAndOnOtherThreads) {
  for (int round = 0; round < 3; ++round) {
    DerivedValues d;
    for (int i = 0; i < 20; ++i) d.Add(&keys[i], Counted(std::to_string(round * 100 + i)));
    for (int i = 0; i < 20; ++i)
      EXPECT_EQ(static_cast<const Counted*>(d.Find(&keys[i]))->text, std::to_string(round * 100 + i));
    d.Reset();
    EXPECT_EQ(d.Find(&keys[0]), nullptr);
    EXPECT_EQ(Counted::live, 0);
  }
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([t] {
      for (int round = 0; round < 100; ++round) {
        DerivedValues d;
        d.Add(&keys[t], std::string(100, static_cast<char>('a' + t)));
        ASSERT_EQ(*static_cast<const std::string*>(d.Find(&keys[t])), std::string(100, static_cast<char>('a' + t)));
      }
    });
  for (auto& th : threads) th.join();
}

}  // namespace
}  // namespace cair::x509
