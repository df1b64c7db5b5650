// Unit tests of the public-suffix split without copies (public_suffix.h):
// the split of a name is the split of its ASCII-lower-cased text, and it
// refers to the input's own bytes unless a letter had to be lower-cased.
#include "lints/util/dns/public_suffix.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "lints/util/dns/domains.h"
#include "lints/util/dns/names.h"
#include "der/parser.h"
#include "lints/util/lint_testing.h"

namespace cair::lints::util::dns {
namespace {

bool Within(std::string_view inner, std::string_view outer) {
  return inner.data() >= outer.data() && inner.data() + inner.size() <= outer.data() + outer.size();
}

// "error trd|sld|tld" of a split, for comparing splits in one string.
std::string Show(const ParsedDomain& d) {
  if (!d.ok()) return "error " + std::to_string(static_cast<int>(d.error));
  return std::string(d.trd()) + "|" + std::string(d.sld()) + "|" + std::string(d.tld());
}

TEST(DnsPublicSuffix, HasAsciiUpperFindsEveryLetterAtEveryOffset) {
  for (size_t len = 1; len <= 19; ++len) {
    for (size_t at = 0; at < len; ++at) {
      for (int b = 0; b < 256; ++b) {
        std::string s(len, 'a');
        s[at] = static_cast<char>(b);
        const bool upper = b >= 'A' && b <= 'Z';
        ASSERT_EQ(HasAsciiUpper(s), upper) << "byte " << b << " at " << at << " of " << len;
        // Around non-ASCII octets (whose top bit must not carry or count).
        std::string high(len, '\xff');
        high[at] = static_cast<char>(b);
        ASSERT_EQ(HasAsciiUpper(high), upper) << "byte " << b << " at " << at << " among 0xff";
        std::string edge(len, '@');  // 'A' - 1, beside '[' = 'Z' + 1
        if (at + 1 < len) edge[at + 1] = '[';
        edge[at] = static_cast<char>(b);
        ASSERT_EQ(HasAsciiUpper(edge), upper) << "byte " << b << " at " << at << " among @ and [";
      }
    }
  }
  EXPECT_FALSE(HasAsciiUpper(""));
  EXPECT_FALSE(HasAsciiUpper("www.example.com"));
  EXPECT_TRUE(HasAsciiUpper("www.example.coM"));
  EXPECT_FALSE(HasAsciiUpper("caf\xc3\x89.com"));  // U+00C9 is not ASCII
}

TEST(DnsPublicSuffix, AsciiLowerToLowersLettersOnly) {
  char buf[32];
  EXPECT_EQ(AsciiLowerTo("Www.EXAMPLE.com", buf), "www.example.com");
  EXPECT_EQ(AsciiLowerTo("CAF\xc3\x89.@[Z", buf), "caf\xc3\x89.@[z");
  EXPECT_EQ(AsciiLowerTo("", buf), "");
}

TEST(DnsPublicSuffix, NoCopyWithoutUpperCase) {
  const std::string input = "www.example.co.uk";
  std::string lowered = "untouched";
  const ParsedDomain d = ParseDomain(input, &lowered);
  EXPECT_EQ(d.name.data(), input.data());
  EXPECT_EQ(lowered, "untouched");
  EXPECT_EQ(Show(d), "www|example|co.uk");
}

TEST(DnsPublicSuffix, UpperCaseSplitsItsLowerCasedCopy) {
  std::string lowered;
  const ParsedDomain d = ParseDomain("WWW.Example.CO.UK", &lowered);
  EXPECT_EQ(lowered, "www.example.co.uk");
  EXPECT_EQ(d.name.data(), lowered.data());
  EXPECT_EQ(Show(d), "www|example|co.uk");
}

// Every name splits as its ASCII-lower-cased text does, and as the split
// before this change did (the expected column: the public suffix rules, the
// wildcard and exception rules, IDNs, trailing dots, bare suffixes).
TEST(DnsPublicSuffix, SplitsOfMixedCaseNamesEqualTheLowerCaseOnes) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"www.example.com", "www|example|com"},
      {"Www.Example.Com", "www|example|com"},
      {"*.EXAMPLE.co.uk", "*|example|co.uk"},
      {"A.B.CK", "|a|b.ck"},
      {"WWW.CK", "|www|ck"},
      {"B.CK", "error 3"},
      {"CO.UK", "error 3"},
      {"Sch.UK", "|sch|uk"},
      {"X.Y.Kawasaki.JP", "|x|y.kawasaki.jp"},
      {"Kawasaki.JP", "|kawasaki|jp"},
      {"Foo.S3.AmazonAWS.com", "foo.s3|amazonaws|com"},  // private rule ignored
      {"WWW.XN--85X722F.XN--55QX5D.CN", "www|xn--85x722f|xn--55qx5d.cn"},
      {"www.xn--85x722f.xn--55qx5d.cn", "www|xn--85x722f|xn--55qx5d.cn"},
      {"CAF\xc3\x89.Example.CO.uk", "caf\xc3\x89|example|co.uk"},  // only ASCII letters lower-cased
      {"Example.CAF\xc3\x89", "|example|caf\xc3\x89"},
      {"Example.COM.", "error 3"},
      {"COM.", "error 3"},
      {"LOCALHOST", "error 3"},
      {"", "error 1"},
      {".Example.com", "error 2"},
      {".", "error 2"},
      {"A..COM", "a||com"},
      {"Host.Internal-Zone", "|host|internal-zone"},
      {"*.CO.UK", "|*|co.uk"},
  };
  for (const auto& [name, want] : cases) {
    std::string lowered;
    const ParsedDomain d = ParseDomain(name, &lowered);
    EXPECT_EQ(Show(d), want) << name;
    const std::string lower = AsciiLower(name);
    EXPECT_EQ(d.name, lower) << name;
    EXPECT_EQ(Show(SplitLowerDomain(lower)), want) << name;
  }
  // Past the 255 octets a DNS name may hold: split all the same.
  const std::string long_name = std::string(300, 'A') + ".Example.COM";
  std::string lowered;
  EXPECT_EQ(Show(ParseDomain(long_name, &lowered)), std::string(300, 'a') + "|example|com");
}

TEST(DnsPublicSuffix, SanDomainsReferToTheCertificateOrItsLowerCasedCopies) {
  const std::string der = lints::testing::TbsWithSanDnsNames({"www.example.com", "Mail.Example.ORG", "co.uk", "a.B.ck"});
  const x509::Certificate c = x509::ParseTbsCertificate(der::Input(std::string_view(der)));
  ASSERT_TRUE(c.ok());
  const std::vector<ParsedDomain>& san = SanDomains(c);
  ASSERT_EQ(san.size(), 4u);
  EXPECT_EQ(Show(san[0]), "www|example|com");
  EXPECT_TRUE(Within(san[0].name, der));  // no copy
  EXPECT_EQ(Show(san[1]), "mail|example|org");
  EXPECT_EQ(san[1].name, "mail.example.org");
  EXPECT_FALSE(Within(san[1].name, der));
  EXPECT_EQ(Show(san[2]), "error 3");
  EXPECT_EQ(san[2].name, "co.uk");
  EXPECT_EQ(Show(san[3]), "|a|b.ck");
  EXPECT_EQ(&SanDomains(c), &san);  // once per certificate

  // The subject CN "Test": lower-cased, a single label, so a bare suffix.
  const ParsedDomain& cn = CommonNameDomain(c);
  EXPECT_EQ(cn.name, "test");
  EXPECT_EQ(cn.error, DomainError::kIsSuffix);
  EXPECT_EQ(&CommonNameDomain(c), &cn);
}

// TbsWithSanDnsNames with the subject CN `cn` (the issuer stays CN=Test).
std::string TbsWithCnAndDnsNames(const std::string& cn, const std::vector<std::string>& names) {
  using der::testing::Tlv;
  std::string der = lints::testing::TbsWithSanDnsNames(names);
  const std::string test_name = Tlv(0x30, Tlv(0x31, Tlv(0x30, Tlv(0x06, "\x55\x04\x03") + Tlv(0x0c, "Test"))));
  const std::string subject = Tlv(0x30, Tlv(0x31, Tlv(0x30, Tlv(0x06, "\x55\x04\x03") + Tlv(0x0c, cn))));
  // The subject is the second Name (after the issuer and the validity).
  const size_t issuer = der.find(test_name);
  const size_t at = der.find(test_name, issuer + test_name.size());
  std::string inner = der.substr(0, at) + subject + der.substr(at + test_name.size());
  // Re-wrap the outer SEQUENCE with its new length.
  const der::Input whole{std::string_view(der)};
  auto outer = der::ReadElement(whole);
  EXPECT_TRUE(outer.has_value());
  const size_t header = der.size() - outer->value.size();
  return Tlv(0x30, inner.substr(header));
}

TEST(DnsPublicSuffix, CommonNameReusesTheSplitOfAnEqualSanName) {
  for (const std::string cn : {"www.example.co.uk", "WWW.Example.co.uk", "other.example.com", "co.uk"}) {
    const std::string der = TbsWithCnAndDnsNames(cn, {"mail.example.com", "www.EXAMPLE.co.uk", "co.uk"});
    const x509::Certificate c = x509::ParseTbsCertificate(der::Input(std::string_view(der)));
    ASSERT_TRUE(c.ok()) << cn;
    ASSERT_EQ(CommonNameOf(c).cn, cn);
    std::string lowered;
    const ParsedDomain want = ParseDomain(cn, &lowered);
    const ParsedDomain& got = CommonNameDomain(c);
    EXPECT_EQ(Show(got), Show(want)) << cn;
    EXPECT_EQ(got.name, AsciiLower(cn)) << cn;
    // The CN's own bytes (CommonNameOf's string) when nothing was lowered.
    if (!HasAsciiUpper(cn)) {
      EXPECT_EQ(got.name.data(), CommonNameOf(c).cn.data()) << cn;
    }
  }
}

TEST(DnsPublicSuffix, NoSanNoDomains) {
  const std::string der = lints::testing::TbsWithExtensions("");
  const x509::Certificate c = x509::ParseTbsCertificate(der::Input(std::string_view(der)));
  ASSERT_TRUE(c.ok());
  EXPECT_TRUE(SanDomains(c).empty());
}

}  // namespace
}  // namespace cair::lints::util::dns
