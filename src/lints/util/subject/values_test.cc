// Unit tests of the distinguished-name value helpers (dn_values.h).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "der/parser.h"
#include "der/strings.h"
#include "lints/util/subject/values.h"
#include "x509/oids.h"

namespace cair::lints::util {
namespace {

x509::Attribute Attr(der::Input oid, der::Tag tag, std::string_view value, size_t rdn = 0) {
  x509::Attribute a;
  a.oid = oid;
  a.value_tag = tag;
  a.value = der::Input(value);
  a.rdn = rdn;
  return a;
}

TEST(DnValuesPreconditions, RawBytesOfEveryValue) {
  x509::Name name;
  const der::Tag utf8{der::TagClass::kUniversal, false, 12};
  const der::Tag bmp{der::TagClass::kUniversal, false, 30};
  name.attributes.push_back(Attr(oid::kCommonName, utf8, "example.com"));
  EXPECT_FALSE(subject::AnyValueHasByte(name, '&'));
  EXPECT_TRUE(subject::AllValuesAscii(name));
  name.attributes.push_back(Attr(oid::kOrganizationName, bmp, std::string_view("\x00\x41\x00\x26", 4)));
  EXPECT_TRUE(subject::AnyValueHasByte(name, '&'));  // U+0026 in a BMPString
  EXPECT_TRUE(subject::AllValuesAscii(name));
  name.attributes.push_back(Attr(oid::kLocalityName, bmp, std::string_view("\x00\xc3", 2)));
  EXPECT_FALSE(subject::AllValuesAscii(name));       // U+00C3
  x509::Name empty;
  EXPECT_FALSE(subject::AnyValueHasByte(empty, '&'));
  EXPECT_TRUE(subject::AllValuesAscii(empty));
}

TEST(DnValuesGoUtf8, DecodeRune) {
  size_t n = 0;
  EXPECT_EQ(subject::GoDecodeRune("A", &n), 'A');
  EXPECT_EQ(n, 1u);
  EXPECT_EQ(subject::GoDecodeRune("\xc3\xa9", &n), 0xe9u);
  EXPECT_EQ(n, 2u);
  EXPECT_EQ(subject::GoDecodeRune("\xe2\x82\xac", &n), 0x20acu);
  EXPECT_EQ(n, 3u);
  EXPECT_EQ(subject::GoDecodeRune("\xf0\x9f\x98\x80", &n), 0x1f600u);
  EXPECT_EQ(n, 4u);
  // Invalid: lone continuation, overlong, surrogate, truncated, beyond U+10FFFF.
  for (std::string_view bad : {"\x80", "\xc0\xaf", "\xed\xa0\x80", "\xe2\x82", "\xf4\x90\x80\x80", "\xff"}) {
    EXPECT_EQ(subject::GoDecodeRune(bad, &n), subject::kGoRuneError) << bad;
    EXPECT_EQ(n, 1u);
  }
  EXPECT_EQ(subject::GoDecodeRune("", &n), subject::kGoRuneError);
  EXPECT_EQ(n, 0u);
}

TEST(DnValuesGoUtf8, DecodeLastRune) {
  size_t n = 0;
  EXPECT_EQ(subject::GoDecodeLastRune("ab", &n), 'b');
  EXPECT_EQ(subject::GoDecodeLastRune("a\xc2\xa0", &n), 0xa0u);
  EXPECT_EQ(n, 2u);
  EXPECT_EQ(subject::GoDecodeLastRune("a\xa0", &n), subject::kGoRuneError);
  EXPECT_EQ(n, 1u);
  EXPECT_EQ(subject::GoDecodeLastRune("\xe3\x80\x80", &n), 0x3000u);
}

TEST(DnValuesGoUtf8, RuneCountCountsInvalidBytesOneEach) {
  EXPECT_EQ(subject::GoRuneCount(""), 0u);
  EXPECT_EQ(subject::GoRuneCount("abc"), 3u);
  EXPECT_EQ(subject::GoRuneCount("\xc3\xa9t\xc3\xa9"), 3u);
  EXPECT_EQ(subject::GoRuneCount("\xe9t\xe9"), 3u);  // Latin-1 bytes, as in a TeletexString
  EXPECT_EQ(subject::GoRuneCount("\xe2\x82"), 2u);
}

TEST(DnValuesGoUtf8, IsSpace) {
  for (uint32_t r : {0x20u, 0x09u, 0x0au, 0x0bu, 0x0cu, 0x0du, 0x85u, 0xa0u, 0x1680u, 0x2000u, 0x200au,
                     0x2028u, 0x2029u, 0x202fu, 0x205fu, 0x3000u})
    EXPECT_TRUE(subject::GoIsSpace(r)) << r;
  for (uint32_t r : {0x41u, 0x00u, 0x1fu, 0x200bu, 0xfeffu, subject::kGoRuneError}) EXPECT_FALSE(subject::GoIsSpace(r)) << r;
}

TEST(DnValuesGoUtf8, AsciiSpaceIsGoIsSpace) {
  for (uint32_t r = 0; r < 0x80; ++r) EXPECT_EQ(subject::GoIsAsciiSpace(r), subject::GoIsSpace(r)) << r;
}

TEST(DnValuesBytes, PrintableAsciiPrefix) {
  // Every bad byte at every position of values long enough for the
  // eight-byte words and a tail.
  for (uint8_t bad : {0x00, 0x1f, 0x7f, 0x80, 0xc3, 0xff}) {
    for (size_t len = 0; len < 20; ++len) {
      for (size_t at = 0; at <= len; ++at) {
        std::string s(len, 'a');
        if (len > 0) s[len / 2] = ' ';
        if (len > 1) s[len - 1] = '~';
        if (at < len) s[at] = static_cast<char>(bad);
        EXPECT_EQ(subject::PrintableAsciiPrefix(s), at) << int(bad) << " " << len << " " << at;
      }
    }
  }
  EXPECT_EQ(subject::PrintableAsciiPrefix(" !~0123456789abcdefgh"), 21u);
}

TEST(DnValuesBytes, PrintableStringTableIsDers) {
  for (int c = 0; c < 256; ++c) {
    const uint8_t b = static_cast<uint8_t>(c);
    EXPECT_EQ(subject::kPrintableStringBytes[b], der::IsPrintableChar(b)) << c;
    EXPECT_EQ(subject::IsPrintableStringValue(der::Input(&b, 1)), der::IsPrintableString(der::Input(&b, 1))) << c;
  }
  EXPECT_TRUE(subject::IsPrintableStringValue(der::Input(std::string_view("Example Org (1) 'x' +,-./:=?"))));
  EXPECT_FALSE(subject::IsPrintableStringValue(der::Input(std::string_view("a@b"))));
}

TEST(DnValuesBytes, AllValuesAsciiLooksAtEveryByte) {
  for (size_t len = 1; len < 20; ++len) {
    for (size_t at = 0; at < len; ++at) {
      std::string v(len, '\x7f');
      v[at] = '\x80';
      x509::Name n;
      n.attributes = {Attr(oid::kCommonName, der::kUtf8String, "ascii"),
                      Attr(oid::kOrganizationName, der::kUtf8String, v)};
      EXPECT_FALSE(subject::AllValuesAscii(n)) << len << " " << at;
    }
  }
}

TEST(DnValuesStrings, GoStringTagsOnly) {
  for (uint32_t number = 0; number < 64; ++number) {
    const bool expected = number == 12 || number == 18 || number == 19 || number == 20 || number == 22 || number == 30;
    EXPECT_EQ(subject::IsGoStringValue(Attr(oid::kCommonName, der::Tag{der::TagClass::kUniversal, false, number}, "")),
              expected) << number;
    EXPECT_FALSE(subject::IsGoStringValue(Attr(oid::kCommonName, der::Tag{der::TagClass::kUniversal, true, number}, "")));
    EXPECT_FALSE(subject::IsGoStringValue(Attr(oid::kCommonName, der::Tag{der::TagClass::kPrivate, false, number}, "")));
  }
}

TEST(DnValuesStrings, WhichTypesAreStrings) {
  EXPECT_TRUE(subject::IsGoStringValue(Attr(oid::kCommonName, der::kPrintableString, "x")));
  EXPECT_TRUE(subject::IsGoStringValue(Attr(oid::kCommonName, der::kUtf8String, "x")));
  EXPECT_TRUE(subject::IsGoStringValue(Attr(oid::kCommonName, der::kTeletexString, "x")));
  EXPECT_TRUE(subject::IsGoStringValue(Attr(oid::kCommonName, der::kBmpString, "")));
  EXPECT_TRUE(subject::IsGoStringValue(Attr(oid::kCommonName, der::kIa5String, "x")));
  EXPECT_TRUE(subject::IsGoStringValue(Attr(oid::kCommonName, der::kNumericString, "1")));
  EXPECT_FALSE(subject::IsGoStringValue(Attr(oid::kCommonName, der::kUniversalString, "")));
  EXPECT_FALSE(subject::IsGoStringValue(Attr(oid::kCommonName, der::kVisibleString, "x")));
  EXPECT_FALSE(subject::IsGoStringValue(Attr(oid::kCommonName, der::ContextPrimitive(19), "x")));
}

TEST(DnValuesStrings, BmpStringDecoding) {
  std::string scratch;
  using namespace std::string_literals;
  // "é" plus a terminating U+0000, which is dropped.
  const std::string e_acute = "\x00\xe9\x00\x00"s;
  auto a = Attr(oid::kCommonName, der::kBmpString, e_acute);
  EXPECT_EQ(subject::GoStringValue(a, &scratch), "\xc3\xa9");
  // A surrogate pair (U+1F600), then a lone high surrogate.
  const std::string pair_then_lone = "\xd8\x3d\xde\x00\xd8\x3d"s;
  auto b = Attr(oid::kCommonName, der::kBmpString, pair_then_lone);
  EXPECT_EQ(subject::GoStringValue(b, &scratch), "\xf0\x9f\x98\x80\xef\xbf\xbd");
  // TeletexString bytes are kept as they are.
  auto t = Attr(oid::kCommonName, der::kTeletexString, "\xe9");
  EXPECT_EQ(subject::GoStringValue(t, &scratch), "\xe9");
}

TEST(DnValuesName, FirstLastCountAndLength) {
  x509::Name n;
  n.attributes = {Attr(oid::kCommonName, der::kUtf8String, "first", 0),
                  Attr(oid::kCommonName, der::kUniversalString, "ignored", 1),
                  Attr(oid::kCommonName, der::kPrintableString, "last-one", 2)};
  EXPECT_EQ(subject::CountGoStrings(n, oid::kCommonName), 2u);
  EXPECT_EQ(subject::FirstGoString(n, oid::kCommonName).value(), "first");
  EXPECT_EQ(subject::LastGoString(n, oid::kCommonName).value(), "last-one");
  EXPECT_FALSE(subject::FirstGoString(n, oid::kCountryName).has_value());
  EXPECT_TRUE(subject::AnyGoStringLongerThan(n, oid::kCommonName, 7));
  EXPECT_FALSE(subject::AnyGoStringLongerThan(n, oid::kCommonName, 8));
}

TEST(DnValuesName, WhitespaceOnlyOnNamingStringAttributes) {
  x509::Name n;
  n.attributes = {Attr(oid::kEmailAddress, der::kIa5String, " not-a-naming-attribute ", 0),
                  Attr(oid::kCommonName, der::kUniversalString, " not a string type", 1)};
  EXPECT_FALSE(subject::FindDnWhitespace(n).leading);
  EXPECT_FALSE(subject::FindDnWhitespace(n).trailing);
  n.attributes.push_back(Attr(oid::kOrganizationName, der::kUtf8String, "Org\xc2\xa0", 2));
  EXPECT_FALSE(subject::FindDnWhitespace(n).leading);
  EXPECT_TRUE(subject::FindDnWhitespace(n).trailing);
  n.attributes.push_back(Attr(oid::kPostalCode, der::kPrintableString, " 1234", 3));
  EXPECT_TRUE(subject::FindDnWhitespace(n).leading);
  // A Latin-1 NBSP byte in a TeletexString is not a space to Go.
  x509::Name t;
  t.attributes = {Attr(oid::kCommonName, der::kTeletexString, "\xa0x\xa0", 0)};
  EXPECT_FALSE(subject::FindDnWhitespace(t).leading);
  EXPECT_FALSE(subject::FindDnWhitespace(t).trailing);
}

TEST(DnValuesName, SubjectSummaryAnswersAsTheNameFunctions) {
  // Values of every length around the limits, ASCII, multi-byte and BMP, so
  // that the byte bound decides some answers and the rune count others.
  // The attributes view these strings.
  const std::string o64(64, 'o'), o65(65, 'o'), p17(17, '1'), u40(40, '1'), e300(300, 'e');
  const std::vector<x509::Attribute> pool = {
      Attr(oid::kOrganizationName, der::kUtf8String, o64),
      Attr(oid::kOrganizationName, der::kUtf8String, o65),
      Attr(oid::kLocalityName, der::kUtf8String, "\xc3\xa9\xc3\xa9\xc3\xa9"),  // 3 runes, 6 bytes
      Attr(oid::kLocalityName, der::kBmpString, std::string_view("\x00\x41\x00\x42\x00\x00", 6)),
      Attr(oid::kPostalCode, der::kPrintableString, p17),
      Attr(oid::kPostalCode, der::kUniversalString, u40),  // not a Go string
      Attr(oid::kCommonName, der::kIa5String, ""),
      Attr(oid::kEmailAddress, der::kIa5String, e300),
  };
  const der::Input oids[] = {oid::kOrganizationName, oid::kLocalityName, oid::kPostalCode,
                             oid::kCommonName, oid::kEmailAddress, oid::kSurname};
  for (size_t mask = 0; mask < (size_t{1} << pool.size()); mask += 7) {
    x509::Certificate c;
    for (size_t i = 0; i < pool.size(); ++i)
      if (mask >> i & 1) c.subject.attributes.push_back(pool[i]);
    for (der::Input o : oids) {
      EXPECT_EQ(subject::SubjectHasGoString(c, o), subject::CountGoStrings(c.subject, o) > 0) << mask;
      for (size_t max : {0, 2, 3, 5, 6, 16, 17, 64, 65, 255, 32768})
        EXPECT_EQ(subject::SubjectGoStringLongerThan(c, o, max), subject::AnyGoStringLongerThan(c.subject, o, max))
            << mask << " " << max;
    }
  }
}

TEST(DnValuesName, MultiValuedRdnAndTagNumbers) {
  x509::Name n;
  n.attributes = {Attr(oid::kCountryName, der::kPrintableString, "US", 0),
                  Attr(oid::kOrganizationName, der::kUtf8String, "O", 1)};
  EXPECT_FALSE(subject::HasMultiValuedRdn(n));
  EXPECT_FALSE(subject::AnyValueTagNumberOtherThan(n, oid::kCountryName, 19));
  n.attributes.push_back(Attr(oid::kCountryName, der::kUtf8String, "DE", 1));
  EXPECT_TRUE(subject::HasMultiValuedRdn(n));
  EXPECT_TRUE(subject::AnyValueTagNumberOtherThan(n, oid::kCountryName, 19));
  // The class is not looked at: [19] counts as PrintableString.
  x509::Name m;
  m.attributes = {Attr(oid::kCountryName, der::ContextPrimitive(19), "US", 0)};
  EXPECT_FALSE(subject::AnyValueTagNumberOtherThan(m, oid::kCountryName, 19));
}

TEST(DnValuesName, NamingAttributeSet) {
  for (uint8_t leaf : {3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 17, 41, 42, 43, 44, 46}) {
    const uint8_t b[] = {0x55, 0x04, leaf};
    EXPECT_TRUE(subject::IsPkixNameAttribute(der::Input(b, 3))) << int(leaf);
  }
  const std::vector<int> members = {3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 17, 41, 42, 43, 44, 46};
  for (int leaf = 0; leaf < 256; ++leaf) {
    const uint8_t b[] = {0x55, 0x04, static_cast<uint8_t>(leaf)};
    const bool member = std::find(members.begin(), members.end(), leaf) != members.end();
    EXPECT_EQ(subject::IsPkixNameAttribute(der::Input(b, 3)), member) << leaf;
  }
  EXPECT_FALSE(subject::IsPkixNameAttribute(oid::kEmailAddress));
}

}  // namespace
}  // namespace cair::lints::util
