// Unit tests of the BR DNS-name helpers (br_dns_*.h): Go-compatible IP
// parsing and IANA reserved ranges, the gTLD table, label predicates, Go
// quoting, onion addresses and reverse-DNS names.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "lint/lint.h"
#include "lints/util/dns/arpa.h"
#include "lints/util/dns/domains.h"
#include "lints/util/dns/gtld.h"
#include "lints/util/dns/ip.h"
#include "lints/util/lint_testing.h"

namespace cair::lints::util {
namespace {

bool Reserved(std::string_view text) {
  auto ip = dns::GoParseIp(text);
  EXPECT_TRUE(ip.has_value()) << text;
  return ip && dns::IsIanaReserved(*ip);
}

TEST(BrDnsIp, ParsesLikeGo) {
  EXPECT_TRUE(dns::GoParseIp("192.0.2.1"));
  EXPECT_TRUE(dns::GoParseIp("2001:db8::1"));
  EXPECT_TRUE(dns::GoParseIp("::ffff:1.2.3.4"));
  EXPECT_FALSE(dns::GoParseIp("01.2.3.4"));      // leading zero
  EXPECT_FALSE(dns::GoParseIp("1.2.3"));         // three fields
  EXPECT_FALSE(dns::GoParseIp("256.1.1.1"));
  EXPECT_FALSE(dns::GoParseIp("fe80::1%eth0"));  // zone
  EXPECT_FALSE(dns::GoParseIp("example.com"));
  EXPECT_FALSE(dns::GoParseIp(""));
  EXPECT_TRUE(dns::GoIpIs4(*dns::GoParseIp("1.2.3.4")));
  EXPECT_TRUE(dns::GoIpIs4(*dns::GoParseIp("::ffff:1.2.3.4")));
  EXPECT_FALSE(dns::GoIpIs4(*dns::GoParseIp("::1.2.3.4")));
}

TEST(BrDnsIp, IanaReserved) {
  EXPECT_TRUE(Reserved("10.1.2.3"));
  EXPECT_TRUE(Reserved("127.0.0.1"));
  EXPECT_TRUE(Reserved("169.254.1.1"));
  EXPECT_TRUE(Reserved("224.0.0.1"));
  EXPECT_TRUE(Reserved("255.255.255.255"));
  EXPECT_TRUE(Reserved("0.0.0.0"));
  EXPECT_TRUE(Reserved("100.64.0.1"));
  EXPECT_TRUE(Reserved("::ffff:192.168.0.1"));  // IPv4-mapped: treated as IPv4
  EXPECT_TRUE(Reserved("2001:db8::1"));
  EXPECT_TRUE(Reserved("fe80::1"));
  EXPECT_TRUE(Reserved("fc00::1"));
  EXPECT_TRUE(Reserved("::1"));
  EXPECT_FALSE(Reserved("8.8.8.8"));
  EXPECT_FALSE(Reserved("2606:4700::1111"));
  const uint8_t raw4[] = {8, 8, 4, 4};
  EXPECT_FALSE(dns::IsIanaReserved(dns::GoIp::FromBytes(der::Input(raw4, 4))));
}

TEST(BrDnsIp, IntersectsReserved) {
  const uint8_t wide[] = {8, 0, 0, 0, 0xfc, 0, 0, 0};     // 8.0.0.0/6 covers 10/8
  const uint8_t narrow[] = {8, 8, 8, 0, 255, 255, 255, 0};  // 8.8.8.0/24
  const uint8_t inside[] = {10, 1, 0, 0, 255, 255, 0, 0};   // 10.1.0.0/16
  auto check = [](const uint8_t* b) {
    return dns::IntersectsIanaReserved(dns::GoIp::FromBytes(der::Input(b, 4)),
                                  dns::GoIp::FromBytes(der::Input(b + 4, 4)));
  };
  EXPECT_TRUE(check(wide));
  EXPECT_FALSE(check(narrow));
  EXPECT_TRUE(check(inside));
}

TEST(BrDnsGtld, Lookups) {
  constexpr int64_t k2020 = lint::Date(2020, 1, 1);
  EXPECT_TRUE(dns::IsInTldMap("com"));
  EXPECT_TRUE(dns::IsInTldMap("COM"));
  EXPECT_TRUE(dns::IsInTldMap("onion"));
  EXPECT_FALSE(dns::IsInTldMap("example.com"));
  EXPECT_FALSE(dns::IsInTldMap("local"));
  EXPECT_FALSE(dns::IsInTldMap("com."));
  EXPECT_FALSE(dns::IsInTldMap("\xc3\xa9.com"));
  EXPECT_TRUE(dns::IsInTldMap("XN--P1AI"));
  EXPECT_EQ(dns::FindTld(""), nullptr);
  EXPECT_EQ(dns::FindTld("comm"), nullptr);
  ASSERT_NE(dns::FindTld("zw"), nullptr);
  EXPECT_EQ(dns::FindTld("zw")->tld, "zw");
  const int64_t now = lint::Date(2025, 1, 1);
  EXPECT_TRUE(dns::HasValidTld("www.example.COM", now));
  EXPECT_TRUE(dns::HasValidTld("caf\xc3\xa9.example.com", now));   // non-ASCII elsewhere
  EXPECT_TRUE(dns::HasValidTld("\xff.com", now));                    // an invalid byte elsewhere
  EXPECT_TRUE(dns::HasValidTld("example.\xd0\xa0\xd0\xa4", now) == dns::HasValidTld("example.\xd1\x80\xd1\x84", now));
  EXPECT_FALSE(dns::HasValidTld("example.com.", now));
  EXPECT_FALSE(dns::HasValidTld("example.c\xc3\xb6m", now));
  EXPECT_FALSE(dns::HasValidTld("example.abarth", now));             // removed 2023
  EXPECT_TRUE(dns::HasValidTld("example.abarth", lint::Date(2020, 1, 1)));
  EXPECT_TRUE(dns::HasValidTld("www.Example.COM", k2020));
  EXPECT_FALSE(dns::HasValidTld("www.example.com.", k2020));
  EXPECT_FALSE(dns::HasValidTld("server.local", k2020));
  // .active: delegated 2014-06-26, removed 2019-02-17.
  EXPECT_FALSE(dns::HasValidTld("a.active", lint::Date(2014, 6, 25)));
  EXPECT_TRUE(dns::HasValidTld("a.active", lint::Date(2014, 6, 26)));
  EXPECT_TRUE(dns::HasValidTld("a.active", lint::Date(2019, 2, 17)));
  EXPECT_FALSE(dns::HasValidTld("a.active", lint::Date(2019, 2, 17) + 1));
  // Last labels of up to eight ASCII octets are answered from a per-thread
  // table keyed by the lower-cased octets and their number: every length,
  // case, a NUL (not padding), names shorter and longer than a word, and
  // each answer again from the table.
  for (int round = 0; round < 2; ++round) {
    EXPECT_TRUE(dns::HasValidTld("co", now));
    EXPECT_TRUE(dns::HasValidTld("x.CO", now));
    EXPECT_FALSE(dns::HasValidTld(std::string("x.co\0", 5), now));
    EXPECT_FALSE(dns::HasValidTld(std::string("co\0", 3), now));
    EXPECT_FALSE(dns::HasValidTld("x.c", now));
    EXPECT_TRUE(dns::HasValidTld("www.example.Com", now));
    EXPECT_TRUE(dns::HasValidTld("a.XN--P1AI", now));                    // eight octets
    EXPECT_TRUE(dns::HasValidTld("www.example.xn--p1ai", now));
    EXPECT_TRUE(dns::HasValidTld("www.example.xn--90ais", now));          // nine
    EXPECT_FALSE(dns::HasValidTld("www.example.xn--p1aj", now));
    EXPECT_TRUE(dns::HasValidTld("a.abarth", lint::Date(2020, 1, 1)));
    EXPECT_FALSE(dns::HasValidTld("a.abarth", now));
    EXPECT_EQ(dns::HasValidTld("a.academy", now), dns::FindTld("academy") != nullptr);
    EXPECT_FALSE(dns::HasValidTld("", now));
  }
}

// The last label looked up is remembered per thread: asking again, in
// another case, or alternating with other labels answers as the index does.
TEST(BrDnsGtld, RepeatedLabelsAnswerAsTheIndex) {
  const std::vector<std::string> labels = {"com", "com", "COM", "Com", "comm", "co", "", "zw", "ZW",
                                           "local", "xn--p1ai", "XN--P1AI", "com", "abarth", "ABARTH"};
  for (int round = 0; round < 2; ++round) {
    for (const std::string& label : labels) {
      std::string lower = label;
      for (char& ch : lower)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      const dns::GtldPeriod* want = dns::FindTld(lower);
      EXPECT_EQ(dns::IsInTldMap(label), want != nullptr) << label;
      for (int64_t when : {lint::Date(2020, 1, 1), lint::Date(2025, 1, 1)})
        EXPECT_EQ(dns::HasValidTld("www.example." + label, when), want != nullptr && want->ValidAt(when)) << label;
    }
  }
}

// The generated table holds exactly the TSV's rows (regenerate with
// tools/gen_gtld.py when this fails).
TEST(BrDnsGtld, TableMatchesTsv) {
  std::ifstream in(std::string(CAIR_SOURCE_DIR) + "/tools/data/gtld.tsv");
  ASSERT_TRUE(in.good());
  auto to_unix = [](const std::string& d, int64_t empty) {
    if (d.empty()) return empty;
    return lint::Date(std::stoi(d.substr(0, 4)), static_cast<unsigned>(std::stoi(d.substr(5, 2))),
                      static_cast<unsigned>(std::stoi(d.substr(8, 2))));
  };
  std::string line;
  size_t rows = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream cols(line);
    std::string tld, delegated, removed;
    std::getline(cols, tld, '\t');
    std::getline(cols, delegated, '\t');
    std::getline(cols, removed, '\t');
    const dns::GtldPeriod* p = dns::FindTld(tld);
    ASSERT_NE(p, nullptr) << tld;
    EXPECT_EQ(p->delegated, to_unix(delegated, lint::kAlways)) << tld;
    EXPECT_EQ(p->removed, to_unix(removed, lint::kNever)) << tld;
    ++rows;
  }
  EXPECT_GT(rows, 1000u);
}

TEST(BrDnsNames, LabelPredicates) {
  EXPECT_TRUE(dns::HasReservedLabelPrefix("ab--cd"));
  EXPECT_TRUE(dns::HasReservedLabelPrefix("xn--abc"));
  EXPECT_TRUE(dns::HasReservedLabelPrefix("\xc3\xa9\xc3\xa9--x"));  // two runes, then "--"
  EXPECT_FALSE(dns::HasReservedLabelPrefix("a--b"));
  EXPECT_FALSE(dns::HasReservedLabelPrefix("a\n--"));
  EXPECT_TRUE(dns::IsLdhLabel("foo-bar"));
  EXPECT_TRUE(dns::IsLdhLabel("XN--abc"));
  EXPECT_FALSE(dns::IsLdhLabel("ab--cd"));
  EXPECT_FALSE(dns::IsLdhLabel("-foo"));
  EXPECT_FALSE(dns::IsLdhLabel("foo_bar"));
  EXPECT_FALSE(dns::IsLdhLabel(""));
  EXPECT_FALSE(dns::IsLdhLabel(std::string(64, 'a')));
  EXPECT_EQ(dns::GoLower("WwW.ExAmple.COM"), "www.example.com");
}

TEST(BrDnsNames, GoQuote) {
  EXPECT_EQ(dns::GoQuote("a.b"), "\"a.b\"");
  EXPECT_EQ(dns::GoQuote("a\"b\\"), "\"a\\\"b\\\\\"");
  EXPECT_EQ(dns::GoQuote("a\nb\x01"), "\"a\\nb\\x01\"");
  EXPECT_EQ(dns::GoQuote("\xff"), "\"\\xff\"");
  EXPECT_EQ(dns::GoQuote("caf\xc3\xa9"), "\"caf\xc3\xa9\"");
  EXPECT_EQ(dns::GoQuote("\xc2\x85"), "\"\\u0085\"");
}

TEST(BrDnsNames, OnionV2) {
  EXPECT_TRUE(dns::IsOnionV2Address("v2cbb2l4lsnpio4q.onion"));
  EXPECT_FALSE(dns::IsOnionV2Address("V2CBB2L4LSNPIO4Q.onion"));  // upper case is not Tor's base32
  EXPECT_FALSE(dns::IsOnionV2Address("v2cbb2l-lsnpio4q.onion"));
  EXPECT_FALSE(dns::IsOnionV2Address("www.v2cbb2l4lsnpio4q.onion"));  // first label is checked
  EXPECT_TRUE(dns::IsOnionV2Address("aaaaaaaaaaaaaaa=.onion"));       // Go accepts padding
  EXPECT_FALSE(dns::IsOnionV2Address("aaaaaaaaaaaaaa==.onion"));      // invalid padding length
}

TEST(BrDnsArpa, ReversedNames) {
  auto r = dns::ParseReversedName("1.2.0.192.in-addr.arpa", dns::ReverseZone::kV4);
  EXPECT_EQ(r.labels, 4u);
  ASSERT_TRUE(r.ip);
  EXPECT_TRUE(dns::IsIanaReserved(*r.ip));  // 192.0.2.1
  r = dns::ParseReversedName("1.168.192.in-addr.arpa", dns::ReverseZone::kV4);
  EXPECT_EQ(r.labels, 3u);
  EXPECT_FALSE(r.ip);
  r = dns::ParseReversedName("a.b.c.d.in-addr.arpa", dns::ReverseZone::kV4);
  EXPECT_FALSE(r.ip);
  r = dns::ParseReversedName(
      "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.e.f.ip6.arpa", dns::ReverseZone::kV6);
  EXPECT_EQ(r.labels, 32u);
  ASSERT_TRUE(r.ip);
  EXPECT_FALSE(dns::GoIpIs4(*r.ip));
  EXPECT_TRUE(dns::IsIanaReserved(*r.ip));  // fe80::1
  EXPECT_EQ(dns::ReverseZoneOf("x.ip6.arpa"), dns::ReverseZone::kV6);
  EXPECT_EQ(dns::ReverseZoneOf("in-addr.arpa"), dns::ReverseZone::kNone);
}

// Whether a certificate asserting the policies whose DER contents are
// `oids` is EV.
bool IsEv(const std::vector<std::string>& oids) {
  std::string policies;
  for (const std::string& oid : oids) policies += der::testing::Tlv(0x30, der::testing::Tlv(0x06, oid));
  const std::string der =
      lints::testing::TbsWithExtensions(lints::testing::Extension("\x55\x1d\x20", der::testing::Tlv(0x30, policies)));
  const x509::Certificate c = x509::ParseTbsCertificate(der::Input(std::string_view(der)));
  EXPECT_TRUE(c.ok());
  return dns::IsEvCert(c);
}

// The DER contents of a dotted OID (arcs below 2^28).
std::string OidDer(const std::vector<uint32_t>& arcs) {
  std::string out;
  for (size_t i = 1; i < arcs.size(); ++i) {
    const uint32_t arc = i == 1 ? arcs[0] * 40 + arcs[1] : arcs[i];
    std::string rev;
    for (uint32_t rest = arc;; rest >>= 7) {
      rev.push_back(static_cast<char>((rest & 0x7f) | (rev.empty() ? 0 : 0x80)));
      if (rest < 0x80) break;
    }
    out.append(rev.rbegin(), rev.rend());
  }
  return out;
}

TEST(BrDnsEv, EvOidsOfEveryLengthFoundAndTheirNeighboursNot) {
  // EV OIDs of 5 to 14 octets (the set is looked up by length and hash).
  const std::vector<std::vector<uint32_t>> ev = {
      {2, 23, 140, 1, 1},           {1, 3, 159, 1, 17, 1},         {1, 3, 6, 1, 4, 1, 34697, 2, 4},
      {2, 16, 840, 1, 114028, 10, 1, 2}, {1, 3, 6, 1, 4, 1, 17326, 10, 14, 2, 1, 2}, {2, 16, 756, 1, 89, 1, 2, 1, 1},
      {1, 2, 392, 200091, 100, 721, 1}, {2, 16, 528, 1, 1001, 1, 1, 1, 12, 6, 1, 1, 1}, {1, 3, 6, 1, 4, 1, 36305, 2}};
  for (const auto& arcs : ev) {
    std::string der = OidDer(arcs);
    EXPECT_TRUE(IsEv({der})) << der.size();
    der.back() = static_cast<char>(der.back() ^ 0x01);
    EXPECT_FALSE(IsEv({der})) << der.size();
    der.back() = static_cast<char>(der.back() ^ 0x01);
    EXPECT_FALSE(IsEv({der + "\x01"})) << der.size();
  }
  EXPECT_FALSE(IsEv({std::string(70, '\x01')}));  // longer than any
}

TEST(BrDnsEv, PolicyOidsComparedAsBytes) {
  const std::string ev = "\x67\x81\x0c\x01\x01";                            // 2.23.140.1.1
  const std::string dv = "\x67\x81\x0c\x01\x02\x01";                        // 2.23.140.1.2.1
  const std::string digicert = "\x60\x86\x48\x01\x86\xfd\x6c\x02\x01";  // 2.16.840.1.114412.2.1
  const std::string etsi = std::string("\x04\x00\x8f\x7a\x01\x04", 6);      // 0.4.0.2042.1.4
  const std::string padded = "\x67\x80\x81\x0c\x01\x01";                    // 2.23.140.1.1, not DER
  EXPECT_TRUE(IsEv({ev}));
  EXPECT_TRUE(IsEv({dv, digicert}));
  EXPECT_TRUE(IsEv({etsi}));
  EXPECT_FALSE(IsEv({dv}));
  EXPECT_FALSE(IsEv({padded}));
  EXPECT_FALSE(IsEv({ev.substr(0, 4)}));  // 2.23.140.1
  EXPECT_FALSE(IsEv({}));
}

TEST(BrDnsArpa, InReverseZoneLowerCasesLikeGo) {
  EXPECT_TRUE(dns::InReverseZone("1.2.0.192.in-addr.arpa"));
  EXPECT_TRUE(dns::InReverseZone("1.2.0.192.IN-ADDR.Arpa"));
  EXPECT_TRUE(dns::InReverseZone("x.IP6.ARPA"));
  EXPECT_FALSE(dns::InReverseZone("in-addr.arpa"));
  EXPECT_FALSE(dns::InReverseZone("x.in-addr.arpa.example"));
  EXPECT_FALSE(dns::InReverseZone(""));
  // U+0130 lower-cases to 'i' (Go's simple case mapping): only the Unicode
  // path sees "x.ip6.arpa" there.
  EXPECT_TRUE(dns::InReverseZone("\xc3\xa9.ip6.arpa"));
  EXPECT_TRUE(dns::InReverseZone("x.\xc4\xb0p6.arpa"));
  EXPECT_TRUE(dns::InReverseZone("\xe2\x84\xaa.in-addr.ARPA"));
}

}  // namespace
}  // namespace cair::lints::util
