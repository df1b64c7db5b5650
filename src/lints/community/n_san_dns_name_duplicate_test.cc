// n_san_dns_name_duplicate on TBSCertificates built here: duplicates found
// whatever the ASCII case and order, and through Unicode lower-casing.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "der/test_builder.h"
#include "lint/lint.h"
#include "lint/registry.h"
#include "x509/certificate.h"

namespace cair::lints {
namespace {

using der::testing::Tlv;

// A TBSCertificate whose subjectAltName holds `dns_names` as dNSNames.
std::string TbsWithSan(const std::vector<std::string>& dns_names) {
  const std::string alg = Tlv(0x30, Tlv(0x06, "\x2a\x86\x48\xce\x3d\x04\x03\x02"));
  const std::string name = Tlv(0x30, Tlv(0x31, Tlv(0x30, Tlv(0x06, "\x55\x04\x03") + Tlv(0x0c, "Test"))));
  const std::string validity = Tlv(0x30, Tlv(0x17, "200101000000Z") + Tlv(0x17, "300101000000Z"));
  const std::string rsa_alg = Tlv(0x30, Tlv(0x06, "\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01") + std::string("\x05\x00", 2));
  const std::string key = Tlv(0x30, Tlv(0x02, "\x00\xc5\x07") + Tlv(0x02, "\x01\x00\x01"));
  const std::string spki = Tlv(0x30, rsa_alg + Tlv(0x03, std::string(1, '\0') + key));
  std::string names;
  for (const std::string& d : dns_names) names += Tlv(0x82, d);
  const std::string san = Tlv(0x30, Tlv(0x06, "\x55\x1d\x11") + Tlv(0x04, Tlv(0x30, names)));
  const std::string extensions = Tlv(0xa3, Tlv(0x30, san));
  return Tlv(0x30, Tlv(0xa0, Tlv(0x02, "\x02")) + Tlv(0x02, "\x01") + alg + name + validity + name + spki +
                       extensions);
}

std::string LintSan(const std::vector<std::string>& dns_names) {
  const std::string der = TbsWithSan(dns_names);
  x509::Certificate c = x509::ParseTbsCertificate(der::Input(std::string_view(der)));
  EXPECT_TRUE(c.ok());
  const lint::Registration* reg = lint::Registry::Global().Find("n_san_dns_name_duplicate");
  if (!reg) return "missing";
  std::unique_ptr<lint::LintBase> base = reg->make();
  auto* l = dynamic_cast<lint::CertificateLint*>(base.get());
  if (!l) return "not a certificate lint";
  if (!l->CheckApplies(c)) return "NA";
  return lint::StatusName(l->Execute(c).status);
}

TEST(SanDnsNameDuplicate, ComparesIgnoringCase) {
  EXPECT_EQ(LintSan({"a.example.com"}), "pass");
  EXPECT_EQ(LintSan({"a.example.com", "b.example.com", "example.com"}), "pass");
  EXPECT_EQ(LintSan({"a.example.com", "b.example.com", "A.Example.COM"}), "info");
  EXPECT_EQ(LintSan({"www.example.com", "example.com", "www.example.com"}), "info");
  // Same length, differing in one letter only: not duplicates.
  EXPECT_EQ(LintSan({"a1.example.com", "a2.example.com", "A3.example.com"}), "pass");
  std::vector<std::string> many;
  for (int i = 0; i < 300; ++i) many.push_back("host" + std::to_string(i) + ".example.com");
  EXPECT_EQ(LintSan(many), "pass");
  many.push_back("HOST217.EXAMPLE.COM");
  EXPECT_EQ(LintSan(many), "info");
}

TEST(SanDnsNameDuplicate, UnicodeLowerCasing) {
  // U+212A KELVIN SIGN lower-cases to 'k': "\u212a.example" repeats "k.example".
  EXPECT_EQ(LintSan({"k.example", "\xe2\x84\xaa.example"}), "info");
  EXPECT_EQ(LintSan({"\xc3\xa9.example", "\xc3\x89.example"}), "info");  // é / É
  EXPECT_EQ(LintSan({"\xc3\xa9.example", "e.example"}), "pass");
}

}  // namespace
}  // namespace cair::lints
