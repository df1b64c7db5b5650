// Unit tests of the DNS-name and URI helpers (dns_*.h, uri_parse.h).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lints/util/dns/idna.h"
#include "lints/util/dns/names.h"
#include "lints/util/dns/public_suffix.h"
#include "lints/util/lint_testing.h"
#include "lints/util/uri/parse.h"
#include "x509/oids.h"

namespace cair::lints::util {
namespace {

size_t CountLabels(std::string_view name) {
  size_t n = 0;
  dns::ForEachLabel(name, [&](std::string_view) { return ++n, true; });
  return n;
}

TEST(DnsUtilLabels, SplitLikeStringsSplit) {
  EXPECT_EQ(CountLabels(""), 1u);
  EXPECT_EQ(CountLabels("com"), 1u);
  EXPECT_EQ(CountLabels("a.b.c"), 3u);
  EXPECT_EQ(CountLabels("a."), 2u);
  EXPECT_EQ(CountLabels(".a"), 2u);
}

TEST(DnsUtilLabels, EmptyAndLongLabels) {
  EXPECT_FALSE(dns::HasEmptyLabel("www.example.com"));
  EXPECT_TRUE(dns::HasEmptyLabel("www..example.com"));
  EXPECT_TRUE(dns::HasEmptyLabel(".example.com"));
  EXPECT_TRUE(dns::HasEmptyLabel("example.com."));
  EXPECT_TRUE(dns::HasEmptyLabel(""));
  const std::string l63(63, 'a'), l64(64, 'a');
  EXPECT_FALSE(dns::HasLabelLongerThan(l63 + ".com", 63));
  EXPECT_TRUE(dns::HasLabelLongerThan("www." + l64 + ".com", 63));
}

TEST(DnsUtilLabels, Prefixes) {
  EXPECT_EQ(dns::RemovePrependedWildcard("*.example.com"), "example.com");
  EXPECT_EQ(dns::RemovePrependedWildcard("*.*.example.com"), "*.example.com");
  EXPECT_EQ(dns::RemovePrependedWildcard("*example.com"), "*example.com");
  EXPECT_EQ(dns::RemovePrependedQuestionMarks("?.?.example.com"), "example.com");
  EXPECT_TRUE(dns::HasXnPrefix("xn--bcher-kva"));
  EXPECT_TRUE(dns::HasXnPrefix("XN--bcher-kva"));
  EXPECT_TRUE(dns::HasXnPrefix("xN--"));
  EXPECT_FALSE(dns::HasXnPrefix("xn-bcher"));
}

TEST(DnsUtilFqdn, ZlintExamples) {
  EXPECT_TRUE(dns::IsFqdn("google.com"));
  EXPECT_TRUE(dns::IsFqdn("?.?.abc.com"));
  EXPECT_FALSE(dns::IsFqdn("?.?.abc?.com"));
  EXPECT_TRUE(dns::IsFqdn("?.?.?.?.?.?.?.abc.com"));
  EXPECT_TRUE(dns::IsFqdn("*.abc.com"));
  EXPECT_FALSE(dns::IsFqdn("abc"));
}

TEST(DnsUtilFqdn, Hosts) {
  EXPECT_TRUE(dns::IsFqdn("www.example.co.uk"));
  EXPECT_TRUE(dns::IsFqdn("example.com:8443"));
  EXPECT_TRUE(dns::IsFqdn("xn--bcher-kva.example"));
  EXPECT_TRUE(dns::IsFqdn("under_score.example.com"));
  EXPECT_FALSE(dns::IsFqdn("a.b"));         // 3 octets or fewer
  EXPECT_FALSE(dns::IsFqdn("localhost"));   // single label
  EXPECT_FALSE(dns::IsFqdn("*"));
  EXPECT_FALSE(dns::IsFqdn("*.*.example.com"));
  EXPECT_FALSE(dns::IsFqdn(".example.com"));
  EXPECT_FALSE(dns::IsFqdn("exa mple.com"));
  EXPECT_FALSE(dns::IsFqdn("1host.com:80"));  // scheme-less with ':' does not parse
  EXPECT_TRUE(dns::IsFqdnOrIp("192.0.2.1"));
  EXPECT_TRUE(dns::IsFqdnOrIp("2001:db8::1"));
  EXPECT_FALSE(dns::IsFqdnOrIp(""));
}

TEST(DnsUtilIpText, GoParseIp) {
  EXPECT_TRUE(uri::IsIpAddressText("0.0.0.0"));
  EXPECT_TRUE(uri::IsIpAddressText("255.255.255.255"));
  EXPECT_FALSE(uri::IsIpAddressText("256.1.1.1"));
  EXPECT_FALSE(uri::IsIpAddressText("01.2.3.4"));
  EXPECT_FALSE(uri::IsIpAddressText("1.2.3"));
  EXPECT_FALSE(uri::IsIpAddressText("1.2.3.4.5"));
  EXPECT_FALSE(uri::IsIpAddressText("1..2.3"));
  EXPECT_TRUE(uri::IsIpAddressText("::"));
  EXPECT_TRUE(uri::IsIpAddressText("::ffff:192.0.2.1"));
  EXPECT_FALSE(uri::IsIpAddressText("fe80::1%eth0"));
  EXPECT_FALSE(uri::IsIpAddressText("[::1]"));
}

TEST(DnsUtilUri, Components) {
  uri::ParsedUri u;
  ASSERT_TRUE(uri::ParseUri("https://user:pw@www.example.com:8443/a/b?q=1#frag", &u));
  EXPECT_EQ(u.scheme, "https");
  EXPECT_TRUE(u.has_user);
  EXPECT_EQ(u.host, "www.example.com:8443");
  EXPECT_EQ(u.path, "/a/b");
  EXPECT_EQ(u.raw_query, "q=1");
  EXPECT_EQ(u.fragment, "frag");
  EXPECT_TRUE(u.IsAbsolute());

  ASSERT_TRUE(uri::ParseUri("sip:alice@sip.example.com", &u));
  EXPECT_EQ(u.scheme, "sip");
  EXPECT_EQ(u.opaque, "alice@sip.example.com");
  EXPECT_TRUE(u.host.empty());

  ASSERT_TRUE(uri::ParseUri("HTTPS://", &u));
  EXPECT_EQ(u.scheme, "https");
  EXPECT_TRUE(u.host.empty() && u.path.empty() && u.opaque.empty() && !u.has_user);

  ASSERT_TRUE(uri::ParseUri("www.google.com", &u));
  EXPECT_FALSE(u.IsAbsolute());
  EXPECT_EQ(u.path, "www.google.com");

  ASSERT_TRUE(uri::ParseUri("test//user@*.com:1337/test", &u));
  EXPECT_TRUE(u.host.empty());

  ASSERT_TRUE(uri::ParseUri("http://[2001:db8::1]:80/x", &u));
  EXPECT_EQ(u.host, "[2001:db8::1]:80");

  ASSERT_TRUE(uri::ParseUri("ldap://ldap.example.com/cn=CA%20One?certificateRevocationList", &u));
  EXPECT_EQ(u.path, "/cn=CA One");
}

TEST(DnsUtilUri, Rejections) {
  uri::ParsedUri u;
  EXPECT_FALSE(uri::ParseUri(":foo", &u));                    // missing scheme
  EXPECT_FALSE(uri::ParseUri("a:b/c:d", &u) && u.scheme.empty());
  EXPECT_FALSE(uri::ParseUri("1host.com:80", &u));            // ':' in first relative segment
  EXPECT_FALSE(uri::ParseUri("http://host:port/", &u));       // non-numeric port
  EXPECT_FALSE(uri::ParseUri("http://exa mple.com/", &u));    // space in host
  EXPECT_FALSE(uri::ParseUri("http://example.com/%zz", &u));  // bad escape
  EXPECT_FALSE(uri::ParseUri("http://%41.com/", &u));         // escaped ASCII in host
  EXPECT_FALSE(uri::ParseUri("http://[::1/", &u));            // missing ']'
  EXPECT_FALSE(uri::ParseUri("http://a\nb/", &u));            // control character
  EXPECT_FALSE(uri::ParseUri("http://us er@example.com/", &u));
  EXPECT_TRUE(uri::ParseUri("http://example.com/a b", &u));   // paths are not policed
}

TEST(DnsUtilUri, HostOfAuthority) {
  EXPECT_EQ(uri::HostOfAuthority("host.com"), "host.com");
  EXPECT_EQ(uri::HostOfAuthority("user@host.com"), "host.com");
  EXPECT_EQ(uri::HostOfAuthority("user@host.com:123"), "host.com");
  EXPECT_EQ(uri::HostOfAuthority("host.com:123"), "host.com");
  EXPECT_EQ(uri::HostOfAuthority("user:pw@host.com"), "");
  EXPECT_EQ(uri::HostOfAuthority("user@"), "user@");  // a final "@" is not a separator
  EXPECT_EQ(uri::HostOfAuthority(""), "");
}

TEST(DnsUtilPublicSuffix, Split) {
  std::string lowered;
  dns::ParsedDomain d = dns::ParseDomain("www.Example.co.uk", &lowered);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d.trd(), "www");
  EXPECT_EQ(d.sld(), "example");
  EXPECT_EQ(d.tld(), "co.uk");

  d = dns::ParseDomain("a.b.example.com", &lowered);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d.trd(), "a.b");
  EXPECT_EQ(d.sld(), "example");
  EXPECT_EQ(d.tld(), "com");

  d = dns::ParseDomain("*.example.com", &lowered);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d.trd(), "*");

  // Private-section rules are ignored: blogspot.com is a registrable name.
  d = dns::ParseDomain("foo.blogspot.com", &lowered);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d.sld(), "blogspot");
  EXPECT_EQ(d.tld(), "com");

  // Unknown TLD: the default rule takes the last label.
  d = dns::ParseDomain("host.internal-zone", &lowered);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d.sld(), "host");
  EXPECT_EQ(d.tld(), "internal-zone");

  // Wildcard and exception rules ("*.ck", "!www.ck").
  EXPECT_EQ(dns::ParseDomain("a.b.ck", &lowered).tld(), "b.ck");
  EXPECT_EQ(dns::ParseDomain("www.ck", &lowered).tld(), "ck");
  EXPECT_EQ(dns::ParseDomain("b.ck", &lowered).error, dns::DomainError::kIsSuffix);
  // The base of a multi-label wildcard rule is not itself a suffix.
  d = dns::ParseDomain("sch.uk", &lowered);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d.sld(), "sch");

  // Empty labels are kept.
  d = dns::ParseDomain("a..com", &lowered);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d.trd(), "a");
  EXPECT_EQ(d.sld(), "");
}

TEST(DnsUtilPublicSuffix, Errors) {
  std::string lowered;
  EXPECT_EQ(dns::ParseDomain("", &lowered).error, dns::DomainError::kBlank);
  EXPECT_EQ(dns::ParseDomain(".example.com", &lowered).error, dns::DomainError::kStartsWithDot);
  EXPECT_EQ(dns::ParseDomain("co.uk", &lowered).error, dns::DomainError::kIsSuffix);
  EXPECT_EQ(dns::ParseDomain("COM", &lowered).error, dns::DomainError::kIsSuffix);
  EXPECT_EQ(dns::ParseDomain("localhost", &lowered).error, dns::DomainError::kIsSuffix);
  EXPECT_EQ(dns::ParseDomain("example.com.", &lowered).error, dns::DomainError::kIsSuffix);
  EXPECT_EQ(dns::ParseDomain("*.co.uk", &lowered).error, dns::DomainError::kNone);
  EXPECT_TRUE(dns::IsIcannPublicSuffix("co.uk"));
  EXPECT_FALSE(dns::IsIcannPublicSuffix("blogspot.com"));
  EXPECT_FALSE(dns::IsIcannPublicSuffix("example.com"));
}

std::string Utf8(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) {
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

TEST(DnsUtilIdna, PunycodeDecode) {
  std::u32string out;
  ASSERT_TRUE(dns::PunycodeDecode("bcher-kva", &out));
  EXPECT_EQ(Utf8(out), "b\xc3\xbc" "cher");
  ASSERT_TRUE(dns::ALabelToUnicode("XN--bcher-kva", &out));
  EXPECT_EQ(Utf8(out), "b\xc3\xbc" "cher");
  ASSERT_TRUE(dns::PunycodeDecode("p1ai", &out));  // "рф"
  EXPECT_EQ(out, std::u32string({0x440, 0x444}));
  ASSERT_TRUE(dns::PunycodeDecode("", &out));
  EXPECT_TRUE(out.empty());
  ASSERT_TRUE(dns::PunycodeDecode("abc-", &out));  // all basic
  EXPECT_EQ(Utf8(out), "abc");
  EXPECT_FALSE(dns::PunycodeDecode("-abc", &out));  // delimiter first
  EXPECT_FALSE(dns::PunycodeDecode("a_b", &out));   // not a digit
  EXPECT_FALSE(dns::PunycodeDecode("12311613412431243", &out));
  EXPECT_FALSE(dns::PunycodeDecode("999999999", &out));
}

TEST(DnsUtilIdna, Nfc) {
  EXPECT_TRUE(dns::IsNfc(U"b\u00fccher"));
  EXPECT_FALSE(dns::IsNfc(U"bu\u0308cher"));  // decomposed u + combining diaeresis
  EXPECT_TRUE(dns::IsNfc(U""));
  EXPECT_TRUE(dns::LabelIsValidALabel("xn--bcher-kva"));
  EXPECT_FALSE(dns::LabelIsValidALabel("xn--a"));
}

TEST(DnsUtilIdna, UnicodeLower) {
  EXPECT_EQ(dns::UnicodeLower("GOV.us"), "gov.us");
  EXPECT_EQ(dns::UnicodeLower("B\xc3\x9c" "CHER"), "b\xc3\xbc" "cher");
  EXPECT_TRUE(dns::EqualIgnoringCase("GOV.us", "gov.US"));
  EXPECT_FALSE(dns::EqualIgnoringCase("gov.us", "gov.uk"));
  EXPECT_TRUE(dns::EqualIgnoringCase("B\xc3\x9c" "cher.de", "b\xc3\xbc" "CHER.de"));
  // Every pair of a few names against the definition (Unicode lower-casing
  // of both unless both are ASCII).
  const std::vector<std::string> names = {"", "a", "A", "ab", "aB.", "k", "K", "\xe2\x84\xaa",  // KELVIN SIGN
                                          "\xe2\x84\xaax", "kx", "Kx", "i", "\xc4\xb0", "\xc4\xb0.de", "i.de",
                                          "I.DE", "\xff", "\xff\xff", "a\xff", "ab\xff", "\xef\xbf\xbd",
                                          "b\xc3\xbc", "B\xc3\x9c", "b\xc3\xbc" "c", "gov.us", "GOV.US.", "gov.u"};
  for (const std::string& a : names) {
    for (const std::string& b : names) {
      const bool ascii = std::all_of(a.begin(), a.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }) &&
                         std::all_of(b.begin(), b.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
      const bool expected = ascii ? dns::AsciiLower(a) == dns::AsciiLower(b) : dns::UnicodeLower(a) == dns::UnicodeLower(b);
      EXPECT_EQ(dns::EqualIgnoringCase(a, b), expected) << a << " / " << b;
    }
  }
  EXPECT_TRUE(dns::EqualIgnoringCase("\xe2\x84\xaax", "Kx"));
  EXPECT_TRUE(dns::EqualIgnoringCase("\xff", "\xef\xbf\xbd"));  // both U+FFFD
}

}  // namespace
}  // namespace cair::lints::util

namespace cair::lints::util::dns {
namespace {

x509::Certificate ParseTbs(const std::string& der) {
  return x509::ParseTbsCertificate(der::Input(std::string_view(der)));
}

// The SAN / IAN a view shows is resolved once per certificate: it must show
// the same names, counted by tag, and stay right after the certificate moved
// (the resolved value moves with it; the parsed names are the new object's).
TEST(DnsAltNameView, ResolvedOncePerCertificateAndAfterAMove) {
  const std::string der = lints::testing::TbsWithExtensions(
      lints::testing::Extension("\x55\x1d\x11", der::testing::Tlv(0x30, der::testing::Tlv(0x82, "a.example") +
                                                                          der::testing::Tlv(0x81, "m@example") +
                                                                          der::testing::Tlv(0x82, "b.example"))));
  x509::Certificate c = ParseTbs(der);
  ASSERT_TRUE(c.ok());
  std::vector<std::string_view> first;
  {
    AltNameView san(c, oid::kSubjectAltName);
    ASSERT_TRUE(san.present());
    EXPECT_EQ(&san.names(), &c.san.names);
    EXPECT_EQ(san.Count(kTagDnsName), 2u);
    EXPECT_EQ(san.Count(kTagRfc822Name), 1u);
    EXPECT_EQ(san.Count(kTagUri), 0u);
    EXPECT_EQ(san.Count(40), 0u);
    san.ForEach(kTagDnsName, [&](std::string_view d) { return first.push_back(d), true; });
  }
  const x509::Certificate moved = std::move(c);
  AltNameView san(moved, oid::kSubjectAltName);
  EXPECT_EQ(&san.names(), &moved.san.names);
  std::vector<std::string_view> again;
  san.ForEach(kTagDnsName, [&](std::string_view d) { return again.push_back(d), true; });
  EXPECT_EQ(again, first);
  EXPECT_EQ(again, (std::vector<std::string_view>{"a.example", "b.example"}));
  AltNameView ian(moved, oid::kIssuerAltName);
  EXPECT_FALSE(ian.present());
  EXPECT_TRUE(ian.names().names.empty());
  EXPECT_EQ(ian.Count(kTagDnsName), 0u);
}

// Two SAN extensions: zcrypto reads the last, parsed by the view itself.
TEST(DnsAltNameView, TheLastOfTwoExtensions) {
  const std::string der = lints::testing::TbsWithExtensions(
      lints::testing::Extension("\x55\x1d\x11", der::testing::Tlv(0x30, der::testing::Tlv(0x82, "first.example"))) +
      lints::testing::Extension("\x55\x1d\x11", der::testing::Tlv(0x30, der::testing::Tlv(0x82, "last.example"))));
  const x509::Certificate c = ParseTbs(der);
  ASSERT_TRUE(c.ok());
  AltNameView san(c, oid::kSubjectAltName);
  ASSERT_TRUE(san.present());
  std::vector<std::string_view> names;
  san.ForEach(kTagDnsName, [&](std::string_view d) { return names.push_back(d), true; });
  EXPECT_EQ(names, (std::vector<std::string_view>{"last.example"}));
  EXPECT_EQ(san.Count(kTagDnsName), 1u);
}

}  // namespace
}  // namespace cair::lints::util::dns
