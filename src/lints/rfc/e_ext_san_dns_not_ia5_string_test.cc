// e_ext_san_dns_not_ia5_string on TBSCertificates built here: a dNSName
// octet of 0x80 or above is found at every position of names of every
// length around the lint's eight-octet reads.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lints/util/lint_testing.h"

namespace cair::lints {
namespace {

std::string LintSan(const std::vector<std::string>& dns_names) {
  return testing::RunLintOnSanDnsNames("e_ext_san_dns_not_ia5_string", dns_names);
}

TEST(SanDnsNotIa5String, EveryOctetOfEveryLength) {
  for (size_t len = 1; len <= 26; ++len) {
    ASSERT_EQ(LintSan({"a.example", std::string(len, '\x7f')}), "pass") << len;
    for (size_t at = 0; at < len; ++at) {
      for (const char high : {'\x80', '\xc3', '\xff'}) {
        std::string name(len, 'a');
        name[at] = high;
        ASSERT_EQ(LintSan({"a.example", name}), "error") << "octet at " << at << " of " << len;
      }
    }
  }
  EXPECT_EQ(LintSan({"www.example.com", "caf\xc3\xa9.example"}), "error");
  EXPECT_EQ(LintSan({"www.example.com", "example.com"}), "pass");
}

}  // namespace
}  // namespace cair::lints
