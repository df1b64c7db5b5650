// Unit tests of the per-certificate label facts (label_facts.h) and of the
// reverse-zone test's last-octet shortcut (arpa.h): each must answer as the
// per-name helpers it stands for.
#include "lints/util/dns/label_facts.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "lints/util/dns/arpa.h"
#include "lints/util/dns/domains.h"
#include "lints/util/dns/names.h"
#include "lints/util/dns/public_suffix.h"
#include "lints/util/lint_testing.h"
#include "x509/oids.h"

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

// Every bit of NameFacts(name) against its definition.
void ExpectFactsAreTheirDefinitions(const std::string& name) {
  const uint16_t f = NameFacts(name);
  const auto has = [&](char ch) { return name.find(ch) != std::string::npos; };
  bool non_ascii = false, upper = false, other = false;
  for (char ch : name) {
    const auto b = static_cast<unsigned char>(ch);
    non_ascii = non_ascii || b >= 0x80;
    upper = upper || (b >= 'A' && b <= 'Z');
    other = other || !((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-' ||
                       b == '*' || b == '_' || b == '.');
  }
  bool xn = false;
  ForEachLabel(name, [&](std::string_view l) { return !(xn = HasXnPrefix(l)); });
  EXPECT_EQ((f & kFactStar) != 0, has('*')) << name;
  EXPECT_EQ((f & kFactUnderscore) != 0, has('_')) << name;
  EXPECT_EQ((f & kFactNul) != 0, has('\0')) << name;
  EXPECT_EQ((f & kFactNonAscii) != 0, non_ascii) << name;
  EXPECT_EQ((f & kFactUpper) != 0, upper) << name;
  EXPECT_EQ((f & kFactUpper) != 0, HasAsciiUpper(name)) << name;
  EXPECT_EQ((f & kFactOther) != 0, other) << name;
  EXPECT_EQ((f & kFactXnLabel) != 0, xn) << name;
  EXPECT_EQ((f & kFactEmptyLabel) != 0, HasEmptyLabel(name)) << name;
  EXPECT_EQ((f & kFactLabelOver63) != 0, HasLabelLongerThan(name, 63)) << name;
  EXPECT_EQ((f & kFactDot) != 0, has('.')) << name;
  EXPECT_EQ((f & kFactStarNotFirst) != 0, name.find('*', 1) != std::string::npos) << name;
}

TEST(DnsLabelFacts, NameFactsAreWhatTheirNamesSay) {
  std::vector<std::string> names = Names();
  for (const char* extra : {"*.example.com", "f*o.example.com", "a_b.example.com", "xn--caf-dma.example",
                            "XN--CAF-DMA.example", "a.Xn--b", "xn-.example", "x.xn--", "xn--", "axn--b.c",
                            "?.example.com", "a b.example", "WWW.Example.COM", "a@b", "\r.xn-\r", "0-9.az", "*", "**", "*.*.a", "a*", "*a.b"})
    names.push_back(extra);
  names.push_back(std::string("nul\0.example", 12));
  names.push_back("\rn--a.b");  // 'x' | 0x20 only from 'x' / 'X'
  for (const std::string& name : names) ExpectFactsAreTheirDefinitions(name);
}

TEST(DnsLabelFacts, NameFactsOfRandomNamesAreTheirDefinitions) {
  // Names of 0-40 octets from an alphabet of the octets that matter (and
  // the edges of the word-at-a-time path: '-', '.', '/', '`', '{', 0x7f, 0x80).
  const std::string alphabet = std::string("..--ab.xnXN*_?0z9AZ/`{\x7f\x80\xff@[ \0", 29);
  uint64_t state = 0x2545f4914f6cdd1dull;
  const auto next = [&] {
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    return state;
  };
  for (int round = 0; round < 20000; ++round) {
    std::string name(next() % 41, 'a');
    for (char& ch : name) ch = alphabet[next() % alphabet.size()];
    if (round % 3 == 0 && name.size() >= 4) name.replace(next() % (name.size() - 3), 4, round % 2 ? "xn--" : "Xn--");
    ExpectFactsAreTheirDefinitions(name);
    if (HasFailure()) return;
  }
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

TEST(DnsLabelFacts, SanDnsNamesAreTheAltNameViewsInOrder) {
  const std::string der =
      lints::testing::TbsWithSanDnsNames({"www.example.com", "*.Example.com", "xn--caf-dma.example", "www.example.com"});
  const x509::Certificate c = Parse(der);
  ASSERT_TRUE(c.ok());
  std::vector<std::string_view> expected;
  AltNameView(c, oid::kSubjectAltName).ForEach(kTagDnsName, [&](std::string_view d) {
    return expected.push_back(d), true;
  });
  const SanDnsNames& san = SanDnsNamesOf(c);
  ASSERT_EQ(san.names.size(), expected.size());
  uint16_t any = 0;
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(san.names[i].name, expected[i]);
    EXPECT_EQ(san.names[i].facts, NameFacts(expected[i]));
    any |= san.names[i].facts;
  }
  EXPECT_EQ(san.any, any);
  EXPECT_TRUE(san.any_has(kFactStar | kFactUpper));
  EXPECT_TRUE(san.any_has(kFactXnLabel));
  EXPECT_FALSE(san.any_has(kFactUnderscore | kFactNul));
  EXPECT_EQ(&SanDnsNamesOf(c), &san);
}

}  // namespace
}  // namespace cair::lints::util::dns
