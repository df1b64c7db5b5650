// Unit tests of the BR subject-name helpers (br_subject_names.h).
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "lint/config.h"
#include "lints/util/subject/attributes.h"
#include "x509/oids.h"

namespace cair::lints::util {
namespace {

x509::Attribute Attr(der::Input oid, der::Tag tag, const std::vector<uint8_t>& bytes) {
  x509::Attribute a;
  a.oid = oid;
  a.value_tag = tag;
  a.value = der::Input(bytes.data(), bytes.size());
  return a;
}

TEST(BrSubjectCountries, IsoCodesAndZlintDifferences) {
  EXPECT_TRUE(subject::IsIsoCountryCode("US"));
  EXPECT_TRUE(subject::IsIsoCountryCode("de"));
  EXPECT_TRUE(subject::IsIsoCountryCode("Gb"));
  EXPECT_TRUE(subject::IsIsoCountryCode("XX"));  // the BRs' "no country"
  EXPECT_TRUE(subject::IsIsoCountryCode("AN"));  // withdrawn, still accepted by zlint
  for (const char* refused : {"XK", "DG", "EA", "IC", "UK", "EU", "ZZ", "U", "USA", "", "U1", "u\xc3"})
    EXPECT_FALSE(subject::IsIsoCountryCode(refused)) << refused;
}

TEST(BrSubjectIp, GoTextForms) {
  const std::vector<uint8_t> v4 = {192, 0, 2, 1};
  EXPECT_EQ(subject::GoIpString(der::Input(v4.data(), v4.size())), "192.0.2.1");
  std::vector<uint8_t> v6(16, 0);
  v6[0] = 0x20; v6[1] = 0x01; v6[2] = 0x0d; v6[3] = 0xb8; v6[15] = 1;
  EXPECT_EQ(subject::GoIpString(der::Input(v6.data(), v6.size())), "2001:db8::1");
  std::vector<uint8_t> mapped(16, 0);
  mapped[10] = mapped[11] = 0xff; mapped[12] = 10; mapped[15] = 7;
  EXPECT_EQ(subject::GoIpString(der::Input(mapped.data(), mapped.size())), "10.0.0.7");
  std::vector<uint8_t> zero(16, 0);
  EXPECT_EQ(subject::GoIpString(der::Input(zero.data(), zero.size())), "::");
  // One zero group is not compressed; of two equal runs the first wins.
  std::vector<uint8_t> one = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1};
  EXPECT_EQ(subject::GoIpString(der::Input(one.data(), one.size())), "2001:db8:0:1:1:1:1:1");
  std::vector<uint8_t> tie = {0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 1};
  EXPECT_EQ(subject::GoIpString(der::Input(tie.data(), tie.size())), "1::1:0:0:1:1");
  const std::vector<uint8_t> odd = {1, 2, 3};
  EXPECT_EQ(subject::GoIpString(der::Input(odd.data(), odd.size())), "?010203");
}

TEST(BrSubjectStrings, WhatZcryptoDecodes) {
  const std::vector<uint8_t> ab = {'A', 'B'};
  EXPECT_TRUE(subject::IsZcryptoString(Attr(oid::kCommonName, der::kPrintableString, ab)));
  EXPECT_TRUE(subject::IsZcryptoString(Attr(oid::kCommonName, der::kTeletexString, ab)));
  EXPECT_TRUE(subject::IsZcryptoString(Attr(oid::kCommonName, der::kNumericString, ab)));
  EXPECT_FALSE(subject::IsZcryptoString(Attr(oid::kCommonName, der::kUniversalString, ab)));
  EXPECT_FALSE(subject::IsZcryptoString(Attr(oid::kCommonName, der::kVisibleString, ab)));
  EXPECT_FALSE(subject::IsZcryptoString(Attr(oid::kCommonName, der::kGeneralString, ab)));
  EXPECT_FALSE(subject::IsZcryptoString(Attr(oid::kCommonName, der::ContextPrimitive(19), ab)));
  // TeletexString bytes are kept as they are (not read as Latin-1).
  const std::vector<uint8_t> latin = {'c', 0xe9};
  EXPECT_EQ(subject::ZcryptoString(Attr(oid::kCommonName, der::kTeletexString, latin)), "c\xe9");
  // BMPString: a trailing U+0000 is dropped, surrogate pairs combine, a lone
  // surrogate becomes U+FFFD.
  const std::vector<uint8_t> bmp = {0, 'h', 0, 0xe9, 0xd8, 0x3d, 0xde, 0x00, 0xdc, 0x00, 0, 0};
  EXPECT_EQ(subject::ZcryptoString(Attr(oid::kCommonName, der::kBmpString, bmp)),
            "h\xc3\xa9\xf0\x9f\x98\x80\xef\xbf\xbd");
}

TEST(BrSubjectStrings, NameViews) {
  const std::vector<uint8_t> first = {'a'}, second = {'b'}, uni = {0, 0, 0, 'c'};
  x509::Name n;
  n.attributes = {Attr(oid::kCommonName, der::kUtf8String, first),
                  Attr(oid::kCommonName, der::kPrintableString, second),
                  Attr(oid::kCommonName, der::kUniversalString, uni),
                  Attr(oid::kSurname, der::kUniversalString, uni)};
  EXPECT_EQ(subject::CountZcryptoStrings(n, oid::kCommonName), 2u);
  EXPECT_EQ(subject::LastZcryptoString(n, oid::kCommonName), "b");
  EXPECT_EQ(subject::LastZcryptoString(n, oid::kCountryName), "");
  // A surname that zcrypto does not decode does not count as a personal name.
  EXPECT_FALSE(subject::HasOrgOrPersonalName(n));
  n.attributes.push_back(Attr(oid::kGivenName, der::kUtf8String, first));
  EXPECT_TRUE(subject::HasOrgOrPersonalName(n));
}

TEST(BrSubjectStrings, LastEmptyIsTheLastStringEmpty) {
  const std::vector<std::vector<uint8_t>> values = {
      {}, {'a'}, {0}, {0, 0}, {0, 'a'}, {0, 0, 0}, {0, 'a', 0}, {0, 'a', 0, 0}, {0, 0, 0, 0}, {0xd8, 0x00}};
  const der::Tag tags[] = {der::kUtf8String, der::kBmpString, der::kPrintableString, der::kUniversalString};
  const std::vector<uint8_t> x = {'x'};  // viewed by the attributes below
  for (const auto& v : values) {
    for (const der::Tag& t : tags) {
      x509::Name n;
      n.attributes = {Attr(oid::kCommonName, der::kUtf8String, x), Attr(oid::kCommonName, t, v)};
      EXPECT_EQ(subject::LastZcryptoStringEmpty(n, oid::kCommonName),
                subject::LastZcryptoString(n, oid::kCommonName).empty())
          << t.number << " size " << v.size();
    }
  }
  EXPECT_TRUE(subject::LastZcryptoStringEmpty(x509::Name(), oid::kCommonName));
}

TEST(BrSubjectConfig, CrossSignedCa) {
  std::string error;
  bool cross = true;
  auto empty = lint::Config::Parse("", &error);
  ASSERT_TRUE(empty) << error;
  EXPECT_EQ(subject::ReadCrossSignedCa(*empty, &cross), "");
  EXPECT_FALSE(cross);
  auto on = lint::Config::Parse("[CABFBaselineRequirementsConfig]\nCrossSignedCa = true\n", &error);
  ASSERT_TRUE(on) << error;
  EXPECT_EQ(subject::ReadCrossSignedCa(*on, &cross), "");
  EXPECT_TRUE(cross);
  auto bad = lint::Config::Parse("[CABFBaselineRequirementsConfig]\nCrossSignedCa = \"yes\"\n", &error);
  ASSERT_TRUE(bad) << error;
  EXPECT_NE(subject::ReadCrossSignedCa(*bad, &cross), "");
}

}  // namespace
}  // namespace cair::lints::util
