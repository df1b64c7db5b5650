// Unit tests of the BR 7.1.2 profile helpers (br_profile.h): type detection
// on the generated certificates of testdata/lints (made by
// tools/make_lint_cases_br_profiles.py), and the profile tables.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <utility>

#include "der/parser.h"
#include "lints/util/br_profile.h"
#include "x509/input.h"
#include "x509/object.h"
#include "x509/oids.h"

namespace cair::lints::br_profile {
namespace {

// Parses testdata/lints/<rel> and returns its detected type's name.
std::string TypeOf(const std::string& rel) {
  std::ifstream in(std::string(CAIR_SOURCE_DIR) + "/testdata/lints/" + rel);
  std::stringstream ss;
  ss << in.rdbuf();
  auto decoded = x509::DecodeObjects(ss.str(), x509::InputFormat::kPem);
  if (decoded.objects.empty()) return "unreadable: " + rel;
  auto parsed = x509::ParseObject(der::Input(std::string_view(decoded.objects.front().der)), "CERTIFICATE");
  if (parsed.kind != x509::ParsedKind::kCertificate) return "unparsable: " + rel;
  return TypeName(Detect(parsed.cert));
}

TEST(BrProfileDetect, TypesOfTheGeneratedCertificates) {
  const std::pair<const char*, const char*> kCases[] = {
      {"w_br_root_aki_missing/pass_aki.pem", "root"},
      {"w_br_ca_extension_unlisted/pass_profile_extensions.pem", "tls_ca"},
      {"w_br_name_constraints_discouraged_type/pass_dns_subtree.pem", "constrained_tls_ca"},
      {"w_br_subscriber_ski_present/pass_no_ski.pem", "subscriber_dv"},
      // A CA-defined policy only: no reserved identifier, so DV by default.
      {"e_br_subscriber_reserved_policy_missing/fail_no_reserved.pem", "subscriber_dv"},
  };
  for (const auto& [file, type] : kCases) EXPECT_EQ(TypeOf(file), type) << file;
}

TEST(BrProfileDetect, TypesOfTheSecondRoundCases) {
  EXPECT_EQ(TypeOf("e_br_non_tls_ca_eku_ocsp_signing/pass_client_auth.pem"), "non_tls_ca");
  EXPECT_EQ(TypeOf("e_br_tls_ca_name_constraints_incomplete/pass_complete.pem"), "constrained_tls_ca");
  EXPECT_EQ(TypeOf("e_br_root_aki_not_ski/fail_foreign_key_id.pem"), "root");
  EXPECT_EQ(TypeOf("e_br_ocsp_responder_aia_method_prohibited/fail_ca_issuers.pem"), "ocsp_responder");
  EXPECT_EQ(TypeOf("e_br_subject_personal_name_too_long/pass_surname_64.pem"), "subscriber_iv");
}

TEST(BrProfileValues, CharactersNotOctets) {
  x509::Attribute a;
  const std::string utf8 = "Mu\xc3\xb1oz \xe6\x9d\xb1";  // "Muñoz 東": 7 characters in 10 octets
  a.value_tag = der::kUtf8String;
  a.value = der::Input(std::string_view(utf8));
  EXPECT_EQ(ValueCharacters(a), 7u);
  const std::string bmp("\x00M\x00u\x00\xf1", 6);  // "Muñ" in UTF-16BE
  a.value_tag = der::kBmpString;
  a.value = der::Input(std::string_view(bmp));
  EXPECT_EQ(ValueCharacters(a), 3u);
  a.value_tag = der::kPrintableString;
  a.value = der::Input(std::string_view("Example"));
  EXPECT_EQ(ValueCharacters(a), 7u);
}

TEST(BrProfileTables, ReservedPoliciesExtensionsAndAttributes) {
  EXPECT_TRUE(IsReservedPolicy(oid::kBrDomainValidated));
  EXPECT_TRUE(IsReservedPolicy(oid::kBrExtendedValidation));
  EXPECT_FALSE(IsReservedPolicy(oid::kAnyPolicy));
  // The SCT list: listed for TLS CAs, not for precertificate signing CAs.
  EXPECT_TRUE(ProfileListsExtension(Type::kTlsCa, oid::kCtSctList));
  EXPECT_FALSE(ProfileListsExtension(Type::kPrecertSigningCa, oid::kCtSctList));
  EXPECT_TRUE(ProfileListsExtension(Type::kSubscriberDv, oid::kCtPoison));
  EXPECT_FALSE(ProfileListsExtension(Type::kSubscriberOv, oid::kTlsFeature));
  EXPECT_FALSE(ProfileListsExtension(Type::kRoot, oid::kCrlDistributionPoints));
  EXPECT_TRUE(CaSubjectListsAttribute(oid::kOrganizationalUnitName));
  EXPECT_FALSE(CaSubjectListsAttribute(oid::kEmailAddress));
  EXPECT_STREQ(KeyUsageBitName(4), "keyAgreement");
}

}  // namespace
}  // namespace cair::lints::br_profile
