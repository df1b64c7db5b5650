// w_sub_cert_aia_contains_internal_names (families/aia_internal_names.h) on
// TBSCertificates built here: the facts of each URL are remembered per
// thread, so every answer is checked on a first sight and again from the
// memo, in both orders of two URLs.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lints/util/lint_testing.h"

namespace cair::lints {
namespace {

using der::testing::Tlv;

// The lint on a subscriber certificate whose AIA has one id-ad-ocsp URL per
// `ocsp` entry.
std::string LintAia(const std::vector<std::string>& ocsp) {
  std::string descriptions;
  for (const std::string& url : ocsp)
    descriptions += Tlv(0x30, Tlv(0x06, "\x2b\x06\x01\x05\x05\x07\x30\x01") + Tlv(0x86, url));
  const std::string der = testing::TbsWithExtensions(
      testing::Extension("\x2b\x06\x01\x05\x05\x07\x01\x01", Tlv(0x30, descriptions)), "Issuing CA");
  const x509::Certificate c = x509::ParseTbsCertificate(der::Input(std::string_view(der)));
  if (!c.ok()) return "unparsable";
  return testing::RunLintOn("w_sub_cert_aia_contains_internal_names", c);
}

TEST(AiaInternalNames, EachUrlAnsweredAlikeFirstAndFromTheMemo) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"http://ocsp.example.com/", "pass"},         {"http://OCSP.EXAMPLE.COM:8080/x", "pass"},
      {"http://ocsp.corp.internal/", "warn"},       {"http://ocsp/", "warn"},
      {"http://192.0.2.1/ocsp", "pass"},            {"http://[2001:db8::1]/", "warn"},  // zlint: ParseIP of "[...]" fails
      {"http://exa mple.com/", "error"},            {"http://ocsp.example.abarth/", "warn"},  // removed 2023
      {"http://ocsp.example.xn--p1ai/", "pass"},    {"http://ocsp.example.com./", "warn"}};
  for (int round = 0; round < 2; ++round) {
    for (const auto& [url, want] : cases) EXPECT_EQ(LintAia({url}), want) << url << " round " << round;
  }
  for (const auto& [a, want_a] : cases) {
    for (const auto& [b, want_b] : cases) {
      // The first URL that fails decides (the lint stops there).
      const std::string want = want_a != "pass" ? want_a : want_b;
      EXPECT_EQ(LintAia({a, b}), want) << a << " then " << b;
    }
  }
}

}  // namespace
}  // namespace cair::lints
