// Unit tests of policy_zcrypto.h and of the corner cases of the rfc lints on
// certificatePolicies / nameConstraints that the zlint suite does not cover.
#include "lints/util/uri/parse.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/reader.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "der/test_builder.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints::util {
namespace {

using der::testing::Tlv;

std::string Seq(const std::string& body) { return Tlv(0x30, body); }
std::string Oid(der::Input oid) { return Tlv(0x06, oid.AsString()); }

der::Input In(const std::string& s) { return der::Input(std::string_view(s)); }

TEST(PolicyZcrypto, GoOidRules) {
  EXPECT_TRUE(zcrypto::OidOk(oid::kAnyPolicy));
  EXPECT_FALSE(zcrypto::OidOk(der::Input()));
  const std::string leading_80("\x55\x80\x01", 3);
  EXPECT_FALSE(zcrypto::OidOk(In(leading_80)));
  const std::string truncated("\x55\x81", 2);
  EXPECT_FALSE(zcrypto::OidOk(In(truncated)));
  const std::string huge("\x55\x88\x80\x80\x80\x00", 6);  // 2^31: past Go's int32 arcs
  EXPECT_FALSE(zcrypto::OidOk(In(huge)));
}

TEST(PolicyZcrypto, GoReadElementRejectsNonMinimalLength) {
  const std::string minimal("\x30\x01\x00", 3);
  const std::string long_form("\x30\x81\x01\x00", 4);
  EXPECT_TRUE(zcrypto::ReadStrict(In(minimal)).has_value());
  EXPECT_FALSE(zcrypto::ReadStrict(In(long_form)).has_value());
}

TEST(PolicyZcrypto, PolicyMappings) {
  x509::Extension e;
  e.oid = oid::kPolicyMappings;
  const std::string good = Seq(Seq(Oid(oid::kAnyPolicy) + Oid(oid::kBrDomainValidated)));
  e.value = In(good);
  auto pairs = zcrypto::PolicyMappingPairs(e);
  ASSERT_TRUE(pairs.has_value());
  ASSERT_EQ(pairs->size(), 1u);
  EXPECT_EQ((*pairs)[0].first, oid::kAnyPolicy);
  EXPECT_EQ((*pairs)[0].second, oid::kBrDomainValidated);

  const std::string empty = Seq("");
  e.value = In(empty);
  EXPECT_FALSE(zcrypto::PolicyMappingPairs(e).has_value());
  const std::string one_oid = Seq(Seq(Oid(oid::kAnyPolicy)));
  e.value = In(one_oid);
  EXPECT_FALSE(zcrypto::PolicyMappingPairs(e).has_value());
  const std::string trailing = good + std::string("\x05\x00", 2);
  e.value = In(trailing);
  EXPECT_FALSE(zcrypto::PolicyMappingPairs(e).has_value());
}

TEST(PolicyZcrypto, HttpOrLdapPrefix) {
  EXPECT_TRUE(uri::IsHttpOrLdapUri("HTTP://crl.example.com/a.crl"));
  EXPECT_TRUE(uri::IsHttpOrLdapUri("ldap://dir.example.com/cn=x"));
  EXPECT_FALSE(uri::IsHttpOrLdapUri("https://crl.example.com/a.crl"));
  EXPECT_FALSE(uri::IsHttpOrLdapUri("ldaps://dir.example.com"));
  EXPECT_FALSE(uri::IsHttpOrLdapUri("http:/"));
}

// ---- lints on hand-made certificates ------------------------------------------

// A certificate with the given extensions (OID, DER value), parsed into the
// model as the certificate parser would for the ones the lints read.
struct FakeCert {
  std::vector<std::string> values;
  x509::Certificate cert;
  void Add(der::Input oid, std::string value) {
    values.push_back(std::move(value));
    x509::Extension e;
    e.oid = oid;
    cert.extensions.push_back(e);
  }
  const x509::Certificate& Finish() {
    for (size_t i = 0; i < values.size(); ++i) cert.extensions[i].value = In(values[i]);
    for (const auto& e : cert.extensions) {
      if (e.oid == oid::kCertificatePolicies && !cert.policies.present)
        cert.policies = x509::ParseCertificatePolicies(e);
      if (e.oid == oid::kNameConstraints && !cert.name_constraints.present)
        cert.name_constraints = x509::ParseNameConstraints(e);
    }
    return cert;
  }
};

std::string WithExplicitText(uint8_t tag, const std::string& text) {
  return Seq(Seq(Oid(oid::kAnyPolicy) +
                 Seq(Seq(Oid(oid::kQtUnotice) + Seq(Tlv(tag, text))))));
}

// Runs lint `name` the way the runner does (applicability, then the check),
// ignoring effective dates. nullopt when the lint is not in this build.
std::optional<lint::Status> RunLint(const char* name, const x509::Certificate& c) {
  const auto* reg = lint::Registry::Global().Find(name);
  if (!reg) return std::nullopt;
  std::unique_ptr<lint::LintBase> base = reg->make();
  auto* l = dynamic_cast<lint::CertificateLint*>(base.get());
  if (!l) return std::nullopt;
  if (!l->CheckApplies(c)) return lint::Status::kNA;
  return l->Execute(c).status;
}

// Runs lint `name` on a certificate whose only policy is anyPolicy with a
// UserNotice whose explicitText is `text` as DisplayText string type `type`.
std::optional<lint::Status> RunOnExplicitText(const char* name, uint8_t type, const std::string& text) {
  FakeCert c;
  c.Add(oid::kCertificatePolicies, WithExplicitText(type, text));
  return RunLint(name, c.Finish());
}

#define EXPECT_STATUS(name, run, status)                                   \
  do {                                                                     \
    auto got = run;                                                        \
    if (!got) GTEST_SKIP() << name << " is not built";                    \
    EXPECT_EQ(lint::StatusName(*got), lint::StatusName(status)) << name; \
  } while (0)
#define EXPECT_LINT(name, cert, status) EXPECT_STATUS(name, RunLint(name, cert), status)
#define EXPECT_EXPLICIT_TEXT(name, type, text, status) \
  EXPECT_STATUS(name, RunOnExplicitText(name, type, text), status)

TEST(PolicyLints, ExplicitTextLengthCountsUtf8OctetsOfBmp) {
  std::string bmp;  // 150 x U+00E9: 150 characters, 300 octets once in UTF-8
  for (int i = 0; i < 150; ++i) bmp += std::string("\x00\xe9", 2);
  EXPECT_EXPLICIT_TEXT("e_ext_cert_policy_explicit_text_too_long", 0x1e, bmp, lint::Status::kError);

  std::string ascii;
  for (int i = 0; i < 150; ++i) ascii += std::string("\x00" "a", 2);
  EXPECT_EXPLICIT_TEXT("e_ext_cert_policy_explicit_text_too_long", 0x1e, ascii, lint::Status::kPass);
}

TEST(PolicyLints, ControlCharacters) {
  const char* kLint = "w_ext_cert_policy_explicit_text_includes_control";
  EXPECT_EXPLICIT_TEXT(kLint, 0x0c, "next\xc2\x85line", lint::Status::kWarn);
  EXPECT_EXPLICIT_TEXT(kLint, 0x0c, "caf\xc3\xa9", lint::Status::kPass);
  // a 0xC2 lead as the last octet: zlint's walk reads past the end
  EXPECT_EXPLICIT_TEXT(kLint, 0x0c, "abc\xc2", lint::Status::kFatal);
  // controls are only looked for in UTF8String
  EXPECT_EXPLICIT_TEXT(kLint, 0x1a, "tab\there", lint::Status::kPass);
}

TEST(PolicyLints, NfcOnRawOctets) {
  const char* kLint = "w_ext_cert_policy_explicit_text_not_nfc";
  EXPECT_EXPLICIT_TEXT(kLint, 0x0c, "cafe\xcc\x81", lint::Status::kWarn);
  EXPECT_EXPLICIT_TEXT(kLint, 0x0c, "caf\xc3\xa9", lint::Status::kPass);
  // UTF-16 octets that are not UTF-8 are inert
  EXPECT_EXPLICIT_TEXT(kLint, 0x1e, std::string("\x00\x65\x03\x01", 4), lint::Status::kPass);
}

TEST(PolicyLints, ExplicitTextOnlyUnderUserNotice) {
  // A SEQUENCE under the CPS qualifier id is not decoded as a UserNotice.
  FakeCert c;
  c.Add(oid::kCertificatePolicies,
        Seq(Seq(Oid(oid::kAnyPolicy) +
                Seq(Seq(Oid(oid::kQtCps) + Seq(Tlv(0x16, "ia5 text")))))));
  EXPECT_LINT("e_ext_cert_policy_explicit_text_ia5_string", c.Finish(), lint::Status::kNA);
}

TEST(PolicyLints, LastPoliciesExtensionCounts) {
  FakeCert c;  // the first extension lists a duplicate, the last does not
  c.Add(oid::kCertificatePolicies, Seq(Seq(Oid(oid::kAnyPolicy)) + Seq(Oid(oid::kAnyPolicy))));
  c.Add(oid::kCertificatePolicies, Seq(Seq(Oid(oid::kAnyPolicy))));
  EXPECT_LINT("e_ext_cert_policy_duplicate", c.Finish(), lint::Status::kPass);
}

TEST(PolicyLints, NameConstraintMaximum) {
  const std::string rfc822 = Tlv(0x81, "example.com");
  const std::string max5 = Tlv(0x81, std::string("\x05", 1));
  FakeCert permitted;  // zlint does not look at permitted rfc822Name subtrees
  permitted.Add(oid::kNameConstraints, Seq(Tlv(0xa0, Seq(rfc822 + max5))));
  EXPECT_LINT("e_name_constraint_maximum_not_absent", permitted.Finish(), lint::Status::kPass);
  FakeCert excluded;
  excluded.Add(oid::kNameConstraints, Seq(Tlv(0xa1, Seq(rfc822 + max5))));
  EXPECT_LINT("e_name_constraint_maximum_not_absent", excluded.Finish(), lint::Status::kError);
  FakeCert zero;  // maximum 0 reads as absent
  zero.Add(oid::kNameConstraints,
           Seq(Tlv(0xa1, Seq(rfc822 + Tlv(0x81, std::string("\x00", 1))))));
  EXPECT_LINT("e_name_constraint_maximum_not_absent", zero.Finish(), lint::Status::kPass);
}

TEST(PolicyLints, DistributionPointReasonsOnly) {
  FakeCert c;
  c.Add(oid::kCrlDistributionPoints, Seq(Seq(Tlv(0x81, std::string("\x07\x80", 2)))));
  EXPECT_LINT("e_distribution_point_incomplete", c.Finish(), lint::Status::kError);
  FakeCert empty_reasons;  // a zero-length reasons bit string is not "only reasons"
  empty_reasons.Add(oid::kCrlDistributionPoints, Seq(Seq(Tlv(0x81, std::string("\x00", 1)))));
  EXPECT_LINT("e_distribution_point_incomplete", empty_reasons.Finish(), lint::Status::kPass);
}

}  // namespace
}  // namespace cair::lints::util
