// Lint-level tests of the distinguished-name lints that use dn_values.h, on
// hand-built TBSCertificates (string types and edge cases the zlint suite and
// the real corpus do not cover).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "der/test_builder.h"
#include "lints/util/lint_testing.h"
#include "x509/certificate.h"

namespace cair::lints {
namespace {

using namespace std::string_literals;

using der::testing::Tlv;

struct Atv {
  std::string oid;  // contents octets of the OID
  uint8_t tag;      // value tag
  std::string value;
};

// One RDN per attribute.
std::string NameDer(const std::vector<Atv>& atvs) {
  std::string rdns;
  for (const auto& a : atvs) rdns += Tlv(0x31, Tlv(0x30, Tlv(0x06, a.oid) + Tlv(a.tag, a.value)));
  return Tlv(0x30, rdns);
}

const std::string kCn = "\x55\x04\x03";
const std::string kO = "\x55\x04\x0a";
const std::string kC = "\x55\x04\x06";

std::string TbsDer(const std::vector<Atv>& subject) {
  const std::string alg = Tlv(0x30, Tlv(0x06, "\x2a\x86\x48\xce\x3d\x04\x03\x02"));
  const std::string validity = Tlv(0x30, Tlv(0x17, "200101000000Z") + Tlv(0x17, "300101000000Z"));
  const std::string spki =
      Tlv(0x30, Tlv(0x30, Tlv(0x06, "\x2a\x86\x48\xce\x3d\x02\x01")) + Tlv(0x03, "\x00\x04"s));
  return Tlv(0x30, Tlv(0xa0, Tlv(0x02, "\x02")) + Tlv(0x02, "\x01") + alg +
                       NameDer({{kC, 0x13, "US"}, {kO, 0x0c, "Issuer"}}) + validity + NameDer(subject) + spki);
}

// Runs lint `name` on a TBSCertificate with `subject`; "NA" when it does not apply.
std::string RunLint(const char* name, const std::vector<Atv>& subject) {
  const std::string der = TbsDer(subject);
  x509::Certificate c = x509::ParseTbsCertificate(der::Input(std::string_view(der)));
  EXPECT_TRUE(c.ok()) << name;
  return testing::RunLintOn(name, c);
}

std::string Bmp(std::u16string_view s) {
  std::string out;
  for (char16_t u : s) out += static_cast<char>(u >> 8), out += static_cast<char>(u & 0xff);
  return out;
}

TEST(DnLints, NotPrintableCharactersReadsWideStringsAsCodeUnits) {
  const char* l = "e_subject_dn_not_printable_characters";
  EXPECT_EQ(RunLint(l, {{kO, 0x1e, Bmp(u"Ges. f\u00fcr Sicherheit")}}), "pass");
  EXPECT_EQ(RunLint(l, {{kO, 0x1e, Bmp(u"bell\u0007")}}), "error");
  EXPECT_EQ(RunLint(l, {{kO, 0x1c, "\0\0\0A\0\0\0\x85"s}}), "error");
  EXPECT_EQ(RunLint(l, {{kO, 0x1c, "\0\0\0A\0\0\0B"s}}), "pass");
  EXPECT_EQ(RunLint(l, {{kCn, 0x0c, "tab\there"}}), "error");
  EXPECT_EQ(RunLint(l, {{kCn, 0x0c, "c1 \xc2\x80"}}), "error");
  EXPECT_EQ(RunLint(l, {{kCn, 0x0c, "caf\xc3\xa9"}}), "pass");
}

TEST(DnLints, LatinMixupAndHtmlEntities) {
  EXPECT_EQ(RunLint("e_utf8_latin1_mixup", {{kCn, 0x0c, "Caf\xc3\x83\xc2\xa9"}}), "error");
  EXPECT_EQ(RunLint("e_utf8_latin1_mixup", {{kCn, 0x0c, "Caf\xc3\xa9"}}), "pass");
  // NBSP after "Ã" is not one of the telling pairs.
  EXPECT_EQ(RunLint("e_utf8_latin1_mixup", {{kCn, 0x0c, "\xc3\x83\xc2\xa0"}}), "pass");
  // BMPString values are decoded first.
  EXPECT_EQ(RunLint("e_utf8_latin1_mixup", {{kO, 0x1e, Bmp(u"Caf\u00c3\u00a9")}}), "error");
  EXPECT_EQ(RunLint("e_subj_contains_html_entities", {{kO, 0x0c, "A &amp; B"}}), "error");
  EXPECT_EQ(RunLint("e_subj_contains_html_entities", {{kO, 0x0c, "A &#39;B"}}), "error");
  EXPECT_EQ(RunLint("e_subj_contains_html_entities", {{kO, 0x0c, "A & B;"}}), "pass");
  EXPECT_EQ(RunLint("e_subj_contains_html_entities", {{kO, 0x0c, "A &#; B"}}), "pass");
  // Only the first organizationName is read, as zlint does.
  EXPECT_EQ(RunLint("e_subj_contains_html_entities", {{kO, 0x0c, "fine"}, {kO, 0x0c, "&lt;"}}), "pass");
}

TEST(DnLints, LengthsCountCharactersNotBytes) {
  std::string e64, e65;
  for (int i = 0; i < 64; ++i) e64 += "\xc3\xa9";
  e65 = e64 + "\xc3\xa9";
  EXPECT_EQ(RunLint("e_subject_common_name_max_length", {{kCn, 0x0c, e64}}), "pass");
  EXPECT_EQ(RunLint("e_subject_common_name_max_length", {{kCn, 0x0c, e65}}), "error");
  // The last commonName decides.
  EXPECT_EQ(RunLint("e_subject_common_name_max_length", {{kCn, 0x0c, e65}, {kCn, 0x0c, "short"}}), "pass");
  EXPECT_EQ(RunLint("e_subject_organization_name_max_length", {{kO, 0x1e, Bmp(std::u16string(64, u'\u00e9'))}}),
            "pass");
  EXPECT_EQ(RunLint("e_subject_organization_name_max_length", {{kO, 0x1e, Bmp(std::u16string(65, u'x'))}}), "error");
  EXPECT_EQ(RunLint("e_subject_organization_name_max_length", {{kCn, 0x0c, "x"}}), "NA");
}

TEST(DnLints, CountryAndPrintableString) {
  EXPECT_EQ(RunLint("e_subj_country_not_uppercase", {{kC, 0x13, "US"}}), "pass");
  EXPECT_EQ(RunLint("e_subj_country_not_uppercase", {{kC, 0x13, "us"}}), "error");
  EXPECT_EQ(RunLint("e_subject_dn_country_not_printable_string", {{kC, 0x0c, "US"}}), "error");
  EXPECT_EQ(RunLint("e_subject_dn_country_not_printable_string", {{kC, 0x13, "US"}}), "pass");
  EXPECT_EQ(RunLint("e_subject_printable_string_badalpha", {{kCn, 0x13, "a*b"}}), "error");
  EXPECT_EQ(RunLint("e_subject_printable_string_badalpha", {{kCn, 0x13, ""}}), "error");
  EXPECT_EQ(RunLint("e_subject_printable_string_badalpha", {{kCn, 0x13, "O'Neil (Ltd.) =+,-./:? "}}), "pass");
}

TEST(DnLints, WhitespaceAndEmptySubject) {
  EXPECT_EQ(RunLint("w_subject_dn_trailing_whitespace", {{kO, 0x1e, Bmp(u"Org\u3000")}}), "warn");
  EXPECT_EQ(RunLint("w_subject_dn_leading_whitespace", {{kO, 0x0c, "\xc2\xa0Org"}}), "warn");
  EXPECT_EQ(RunLint("w_subject_dn_leading_whitespace", {{kO, 0x0c, "Org "}}), "pass");
  EXPECT_EQ(RunLint("e_subject_empty_without_san", {}), "error");
  EXPECT_EQ(RunLint("e_subject_empty_without_san", {{kCn, 0x0c, "x"}}), "pass");
}

}  // namespace
}  // namespace cair::lints
