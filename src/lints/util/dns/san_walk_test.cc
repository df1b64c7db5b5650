// The subjectAltName walk shared by e_ext_san_empty_name and
// e_ext_san_dns_not_ia5_string (san_walk.h): each lint answers as its own
// walk did, whichever comes first of an empty element, a dNSName that is not
// an IA5String and a malformed element.
#include "lints/util/dns/san_walk.h"

#include <gtest/gtest.h>

#include <string>

#include "lints/util/lint_testing.h"

namespace cair::lints::util::dns {
namespace {

using der::testing::Tlv;

// "<empty-name lint> <ia5 lint>" on a certificate whose SAN value is `value`.
std::string Lint(const std::string& value) {
  const std::string der = lints::testing::TbsWithExtensions(lints::testing::Extension("\x55\x1d\x11", value));
  const x509::Certificate c = x509::ParseTbsCertificate(der::Input(std::string_view(der)));
  return lints::testing::RunLintOn("e_ext_san_empty_name", c) + " " +
         lints::testing::RunLintOn("e_ext_san_dns_not_ia5_string", c);
}

TEST(DnsSanWalk, EachLintAnswersAsItsOwnWalk) {
  const std::string bad = "\x82\x05" "ab";  // a length past the end
  const std::string high = Tlv(0x82, "caf\xc3\xa9.example");
  EXPECT_EQ(Lint(Tlv(0x30, Tlv(0x82, "a.example") + Tlv(0x82, "b.example"))), "pass pass");
  EXPECT_EQ(Lint(Tlv(0x30, Tlv(0x82, "") + bad)), "error fatal");
  EXPECT_EQ(Lint(Tlv(0x30, high + bad)), "NA error");
  EXPECT_EQ(Lint(Tlv(0x30, high + Tlv(0x82, ""))), "error error");
  EXPECT_EQ(Lint(Tlv(0x30, bad)), "NA fatal");
  // A long length swallows the elements after it: "ab\x82\x00\x82" is one
  // dNSName (not IA5), then the rest is malformed.
  EXPECT_EQ(Lint(Tlv(0x30, bad + Tlv(0x82, "") + high)), "NA error");
  EXPECT_EQ(Lint(Tlv(0x30, Tlv(0x81, "m\xc3\xa9@example") + Tlv(0x82, "a.example"))), "pass pass");  // not a dNSName
  EXPECT_EQ(Lint(Tlv(0x04, Tlv(0x82, "a.example"))), "fatal fatal");  // not a SEQUENCE
}

}  // namespace
}  // namespace cair::lints::util::dns
