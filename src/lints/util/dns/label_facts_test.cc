// Unit tests of the per-certificate label facts (label_facts.h) and of the
// reverse-zone test's last-octet shortcut (arpa.h): each must answer as the
// per-name helpers it stands for.
#include "lints/util/dns/label_facts.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lints/util/dns/arpa.h"
#include "lints/util/dns/domains.h"
#include "lints/util/dns/names.h"
#include "lints/util/lint_testing.h"

namespace cair::lints::util::dns {
namespace {

std::vector<std::string> Names() {
  return {"",
          ".",
          "..",
          "a",
          "a.",
          ".a",
          "a..b",
          "www.example.com",
          "*.example.com",
          std::string(63, 'x') + ".example.com",
          std::string(64, 'x') + ".example.com",
          "www." + std::string(64, 'y'),
          "a.." + std::string(64, 'z'),
          std::string(64, 'z') + "..a",
          "caf\xc3\xa9.example",
          "1.2.0.192.in-addr.arpa",
          "1.2.0.192.IN-ADDR.ARPA",
          "x.ip6.arpA",
          "x.ip6.arp\xc3\x81",            // U+00C1 lower-cases to U+00E1, not 'a'
          "x.\xc4\xb0p6.arpa",            // U+0130 lower-cases to 'i'
          "\xe2\x84\xaa.in-addr.ARPA",    // U+212A KELVIN SIGN
          "x.in-addr.arp\xff",            // invalid UTF-8: U+FFFD
          "x.in-addr.arpa.example",
          "in-addr.arpa",
          "a"};
}

TEST(DnsLabelFacts, FlawsAreTheLabelHelpersAnswers) {
  for (const std::string& name : Names()) {
    const uint8_t flaws = LabelFlaws(name);
    EXPECT_EQ((flaws & kEmptyLabel) != 0, HasEmptyLabel(name)) << name;
    EXPECT_EQ((flaws & kLabelOver63) != 0, HasLabelLongerThan(name, 63)) << name;
  }
  EXPECT_EQ(LabelFlaws("a.." + std::string(64, 'z')), kEmptyLabel | kLabelOver63);
  EXPECT_EQ(LabelFlaws("www.example.com"), 0);
}

TEST(DnsLabelFacts, InReverseZoneIsTheLowerCasedNamesZone) {
  for (const std::string& name : Names())
    EXPECT_EQ(InReverseZone(name), ReverseZoneOf(GoLower(name)) != ReverseZone::kNone) << name;
}

x509::Certificate Parse(const std::string& der) {
  return x509::ParseTbsCertificate(der::Input(std::string_view(der)));
}

TEST(DnsLabelFacts, PerCertificateOfTheCnAndTheSanNames) {
  // Subject CN "Test": no flaw.
  std::string der = lints::testing::TbsWithSanDnsNames({"www.example.com", "a..example.com"});
  x509::Certificate c = Parse(der);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(LabelFactsOf(c).cn, 0);
  EXPECT_EQ(LabelFactsOf(c).san, kEmptyLabel);
  EXPECT_EQ(&LabelFactsOf(c), &LabelFactsOf(c));

  der = lints::testing::TbsWithSanDnsNames({std::string(64, 'x') + ".example.com", "ok.example.com"});
  c = Parse(der);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(LabelFactsOf(c).san, kLabelOver63);

  der = lints::testing::TbsWithExtensions("");
  c = Parse(der);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(LabelFactsOf(c).san, 0);
}

}  // namespace
}  // namespace cair::lints::util::dns
