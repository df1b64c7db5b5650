// The registry: kept sorted as lints register (in any order), so that All()
// and Find() are read-only and safe from many threads (issue 16 item 5).
#include "lint/registry.h"

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace cair::lint {
namespace {

class Nothing final : public LintBase {};
std::unique_ptr<LintBase> MakeNothing() { return std::make_unique<Nothing>(); }

constexpr Metadata kB{.name = "e_b", .description = "", .citation = "", .source = Source::kRfc5280};
constexpr Metadata kA{.name = "e_a", .description = "", .citation = "", .source = Source::kRfc5280};
constexpr Metadata kC{.name = "w_c", .description = "", .citation = "", .source = Source::kRfc5280};
constexpr Metadata kAb{.name = "e_ab", .description = "", .citation = "", .source = Source::kRfc5280};

std::vector<std::string_view> Names(const Registry& r) {
  std::vector<std::string_view> out;
  for (const auto& reg : r.All()) out.push_back(reg.metadata->name);
  return out;
}

TEST(Registry, KeepsRegistrationsSortedWhateverTheOrderOfAdding) {
  Registry r;
  for (const Metadata* m : {&kC, &kA, &kB, &kAb}) r.Add(m, MakeNothing);
  EXPECT_EQ(Names(r), (std::vector<std::string_view>{"e_a", "e_ab", "e_b", "w_c"}));
}

TEST(Registry, FindsByExactNameOnly) {
  Registry r;
  for (const Metadata* m : {&kB, &kA, &kC}) r.Add(m, MakeNothing);
  ASSERT_NE(r.Find("e_b"), nullptr);
  EXPECT_EQ(r.Find("e_b")->metadata, &kB);
  EXPECT_NE(r.Find("e_b")->make(), nullptr);
  EXPECT_EQ(r.Find("e_"), nullptr);
  EXPECT_EQ(r.Find("e_ab"), nullptr);
  EXPECT_EQ(r.Find("x"), nullptr);
  EXPECT_EQ(r.Find(""), nullptr);
}

TEST(RegistryDeathTest, ADuplicateNameAborts) {
  EXPECT_DEATH(
      {
        Registry r;
        r.Add(&kA, MakeNothing);
        r.Add(&kA, MakeNothing);
      },
      "lint e_a registered twice");
}

// Threads reading a registry nobody has read before see the same sorted
// list (under -fsanitize=thread this is the data-race check; it used to sort
// on first read).
TEST(Registry, FirstReadsFromManyThreadsAgree) {
  Registry r;
  for (const Metadata* m : {&kC, &kB, &kAb, &kA}) r.Add(m, MakeNothing);
  std::vector<std::vector<std::string_view>> seen(4);
  std::vector<std::thread> threads;
  for (auto& s : seen) threads.emplace_back([&r, &s] { s = Names(r); });
  for (auto& t : threads) t.join();
  for (const auto& s : seen) EXPECT_EQ(s, (std::vector<std::string_view>{"e_a", "e_ab", "e_b", "w_c"}));
}

// The catalogue as linked into a program registers through the same path.
TEST(Registry, GlobalIsOneInstance) { EXPECT_EQ(&Registry::Global(), &Registry::Global()); }

}  // namespace
}  // namespace cair::lint
