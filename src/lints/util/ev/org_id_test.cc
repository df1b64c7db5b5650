// Unit tests of ev_org_id.h: the organizationIdentifier syntax, the Go-style
// decoding of the cabfOrganizationIdentifier extension, and the Go-style
// RDNSequence check used by e_ev_extra_subject_attribs.
#include "lints/util/ev/org_id.h"

#include <gtest/gtest.h>

#include <string>

#include "der/parser.h"
#include "der/test_builder.h"
#include "x509/name.h"
#include "x509/oids.h"

namespace cair::lints::util {
namespace {

using der::testing::Tlv;

der::Input In(const std::string& s) { return der::Input(std::string_view(s)); }

TEST(EvOrgId, SubjectSyntax) {
  auto id = ev::ParseSubjectOrgId("NTRGB-12345678", false);
  ASSERT_TRUE(id);
  EXPECT_EQ(id->scheme, "NTR");
  EXPECT_EQ(id->country, "GB");
  EXPECT_EQ(id->state, "");
  EXPECT_EQ(id->reference, "12345678");

  id = ev::ParseSubjectOrgId("NTRUS+CA-C1234", false);
  ASSERT_TRUE(id);
  EXPECT_EQ(id->state, "CA");
  EXPECT_EQ(id->reference, "C1234");

  EXPECT_FALSE(ev::ParseSubjectOrgId("ntrGB-1", false));     // lower-case scheme
  EXPECT_FALSE(ev::ParseSubjectOrgId("NTRGB-", false));      // empty reference
  EXPECT_FALSE(ev::ParseSubjectOrgId("NTRGB+C-1", false));   // one-letter state
  EXPECT_FALSE(ev::ParseSubjectOrgId("NTRGB12", false));     // no separator
  EXPECT_FALSE(ev::ParseSubjectOrgId("NTRGB-1\n2", false));  // '.' does not match a newline

  // PSD: the NCA part (upper-case letters, possibly none) is skipped.
  id = ev::ParseSubjectOrgId("PSDBE-NBB-0403.456.789", true);
  ASSERT_TRUE(id);
  EXPECT_EQ(id->reference, "0403.456.789");
  id = ev::ParseSubjectOrgId("PSDBE--X", true);
  ASSERT_TRUE(id);
  EXPECT_EQ(id->reference, "X");
  EXPECT_FALSE(ev::ParseSubjectOrgId("PSDBE-NBB", true));
  // Without the PSD form the whole rest is the reference.
  EXPECT_EQ(ev::ParseSubjectOrgId("PSDBE-NBB-1", false)->reference, "NBB-1");
}

TEST(EvOrgId, DecodeExtension) {
  const std::string plain = Tlv(0x30, Tlv(0x13, "VAT") + Tlv(0x13, "DE") + Tlv(0x0c, "123"));
  auto id = ev::DecodeCabfOrgId(In(plain));
  ASSERT_TRUE(id);
  EXPECT_EQ(id->scheme, "VAT");
  EXPECT_EQ(id->country, "DE");
  EXPECT_EQ(id->state, "");
  EXPECT_EQ(id->reference, "123");

  const std::string with_state =
      Tlv(0x30, Tlv(0x13, "NTR") + Tlv(0x13, "US") + Tlv(0x80, "CA") + Tlv(0x0c, "X") + Tlv(0x05, ""));
  id = ev::DecodeCabfOrgId(In(with_state));  // trailing element ignored, as Go does
  ASSERT_TRUE(id);
  EXPECT_EQ(id->state, "CA");
  EXPECT_EQ(id->reference, "X");

  // Any string type Go reads is accepted for each field.
  EXPECT_TRUE(ev::DecodeCabfOrgId(In(Tlv(0x30, Tlv(0x16, "NTR") + Tlv(0x0c, "US") + Tlv(0x13, "X")))));
  // Missing reference, a non-string field, a bad PrintableString character.
  EXPECT_FALSE(ev::DecodeCabfOrgId(In(Tlv(0x30, Tlv(0x13, "NTR") + Tlv(0x13, "US")))));
  EXPECT_FALSE(ev::DecodeCabfOrgId(In(Tlv(0x30, Tlv(0x02, "\x01") + Tlv(0x13, "US") + Tlv(0x0c, "X")))));
  EXPECT_FALSE(ev::DecodeCabfOrgId(In(Tlv(0x30, Tlv(0x13, "N@R") + Tlv(0x13, "US") + Tlv(0x0c, "X")))));
  // Invalid UTF-8 in a UTF8String.
  EXPECT_FALSE(ev::DecodeCabfOrgId(In(Tlv(0x30, Tlv(0x13, "NTR") + Tlv(0x13, "US") + Tlv(0x0c, "\xc3")))));
}

x509::Name NameOf(const std::string& der) {
  auto el = der::ReadElement(In(der));
  return x509::ParseName(*el);
}

std::string Atv(der::Input type, uint8_t tag, const std::string& value) {
  return Tlv(0x31, Tlv(0x30, Tlv(0x06, type.AsString()) + Tlv(tag, value)));
}

TEST(EvOrgId, GoDecodesRdnSequence) {
  const std::string good = Tlv(0x30, Atv(oid::kCountryName, 0x13, "US") + Atv(oid::kCommonName, 0x0c, "a*&"));
  EXPECT_TRUE(ev::GoDecodesRdnSequence(NameOf(good)));
  const std::string bad_printable = Tlv(0x30, Atv(oid::kCommonName, 0x13, "a@b"));
  EXPECT_FALSE(ev::GoDecodesRdnSequence(NameOf(bad_printable)));
  const std::string bad_ia5 = Tlv(0x30, Atv(oid::kCommonName, 0x16, "\xe9"));
  EXPECT_FALSE(ev::GoDecodesRdnSequence(NameOf(bad_ia5)));
  const std::string odd_bmp = Tlv(0x30, Atv(oid::kCommonName, 0x1e, "abc"));
  EXPECT_FALSE(ev::GoDecodesRdnSequence(NameOf(odd_bmp)));
  // Types Go does not decode into a value are left alone (UniversalString).
  const std::string universal = Tlv(0x30, Atv(oid::kCommonName, 0x1c, "\x00\x00\x00"));
  EXPECT_TRUE(ev::GoDecodesRdnSequence(NameOf(universal)));
}

}  // namespace
}  // namespace cair::lints::util
