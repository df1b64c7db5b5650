// n_san_dns_name_duplicate on TBSCertificates built here: duplicates found
// whatever the ASCII case and order, and through Unicode lower-casing.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lints/util/lint_testing.h"

namespace cair::lints {
namespace {

std::string LintSan(const std::vector<std::string>& dns_names) {
  return testing::RunLintOnSanDnsNames("n_san_dns_name_duplicate", dns_names);
}

TEST(SanDnsNameDuplicate, ComparesIgnoringCase) {
  EXPECT_EQ(LintSan({"a.example.com"}), "pass");
  EXPECT_EQ(LintSan({"a.example.com", "b.example.com", "example.com"}), "pass");
  EXPECT_EQ(LintSan({"a.example.com", "b.example.com", "A.Example.COM"}), "info");
  EXPECT_EQ(LintSan({"www.example.com", "example.com", "www.example.com"}), "info");
  // Same length, differing in one letter only: not duplicates.
  EXPECT_EQ(LintSan({"a1.example.com", "a2.example.com", "A3.example.com"}), "pass");
  std::vector<std::string> many;
  for (int i = 0; i < 300; ++i) many.push_back("host" + std::to_string(i) + ".example.com");
  EXPECT_EQ(LintSan(many), "pass");
  many.push_back("HOST217.EXAMPLE.COM");
  EXPECT_EQ(LintSan(many), "info");
}

TEST(SanDnsNameDuplicate, UnicodeLowerCasing) {
  // U+212A KELVIN SIGN lower-cases to 'k': "\u212a.example" repeats "k.example".
  EXPECT_EQ(LintSan({"k.example", "\xe2\x84\xaa.example"}), "info");
  EXPECT_EQ(LintSan({"\xc3\xa9.example", "\xc3\x89.example"}), "info");  // é / É
  EXPECT_EQ(LintSan({"\xc3\xa9.example", "e.example"}), "pass");
}

}  // namespace
}  // namespace cair::lints
