// Unit tests of smime_mail.h (Go net/mail.ParseAddress behaviour) and of the
// S/MIME policy classification in smime_policy.h.
#include <gtest/gtest.h>

#include "lints/util/smime/mail.h"
#include "lints/util/smime/policy.h"
#include "x509/oids.h"

namespace cair::lints::util {
namespace {

TEST(SmimeMail, PlainAddrSpec) {
  EXPECT_EQ(smime::ParseMailAddress("alice@example.com"), "alice@example.com");
  EXPECT_TRUE(smime::IsMailboxAddress("alice@example.com"));
  EXPECT_TRUE(smime::IsMailboxAddress("a.b+c@sub.example.org"));
  EXPECT_TRUE(smime::IsMailboxAddress("j\xc3\xb6rg@example.de"));  // RFC 6532 UTF-8
}

TEST(SmimeMail, Rejected) {
  EXPECT_FALSE(smime::ParseMailAddress(""));
  EXPECT_FALSE(smime::ParseMailAddress("Alice Example"));
  EXPECT_FALSE(smime::ParseMailAddress("alice"));
  EXPECT_FALSE(smime::ParseMailAddress(".alice@example.com"));
  EXPECT_FALSE(smime::ParseMailAddress("al..ice@example.com"));
  EXPECT_FALSE(smime::ParseMailAddress("alice@example..com"));
  EXPECT_FALSE(smime::ParseMailAddress("alice@"));
  EXPECT_FALSE(smime::ParseMailAddress("a@b.com, c@d.com"));
  EXPECT_FALSE(smime::ParseMailAddress("\"\"@example.com"));
  EXPECT_FALSE(smime::ParseMailAddress("Alice <alice@example.com"));
  EXPECT_FALSE(smime::ParseMailAddress("alice@[not-an-ip]"));
  EXPECT_FALSE(smime::ParseMailAddress("al\xffice@example.com"));
  EXPECT_FALSE(smime::ParseMailAddress("G: a@b.com, c@d.com;"));
  EXPECT_FALSE(smime::ParseMailAddress("G: ;"));
  EXPECT_FALSE(smime::ParseMailAddress("=?x-unknown?q?Alice?= <alice@example.com>"));
}

TEST(SmimeMail, NameAddrAndLeniencies) {
  EXPECT_EQ(smime::ParseMailAddress("Alice <alice@example.com>"), "alice@example.com");
  EXPECT_FALSE(smime::IsMailboxAddress("Alice <alice@example.com>"));
  EXPECT_EQ(smime::ParseMailAddress("  alice@example.com  "), "alice@example.com");
  EXPECT_EQ(smime::ParseMailAddress("alice@example.com (Alice)"), "alice@example.com");
  EXPECT_EQ(smime::ParseMailAddress("\"a b\"@example.com"), "a b@example.com");
  EXPECT_EQ(smime::ParseMailAddress("alice@[192.0.2.1]"), "alice@[192.0.2.1]");
  EXPECT_EQ(smime::ParseMailAddress("G: a@b.com;"), "a@b.com");
  EXPECT_EQ(smime::ParseMailAddress("Dr. J.R. Bob <bob@example.com>"), "bob@example.com");
  EXPECT_EQ(smime::ParseMailAddress("=?utf-8?q?Alice?= <alice@example.com>"), "alice@example.com");
  EXPECT_EQ(smime::ParseMailAddress("=?x-unknown?q?Al=ZZ?= <alice@example.com>"), "alice@example.com");
}

TEST(SmimePolicy, Classify) {
  smime::Validation v;
  smime::Generation g;
  ASSERT_TRUE(smime::ClassifyPolicy(oid::kSmimeSponsorMultipurpose, &v, &g));
  EXPECT_EQ(v, smime::Validation::kSponsor);
  EXPECT_EQ(g, smime::Generation::kMultipurpose);
  ASSERT_TRUE(smime::ClassifyPolicy(oid::kSmimeIndividualStrict, &v, &g));
  EXPECT_EQ(v, smime::Validation::kIndividual);
  EXPECT_EQ(g, smime::Generation::kStrict);
  EXPECT_FALSE(smime::ClassifyPolicy(oid::kBrDomainValidated, &v, &g));
  const uint8_t bad[] = {0x67, 0x81, 0x0c, 0x01, 0x05, 0x05, 0x01};  // 2.23.140.1.5.5.1
  EXPECT_FALSE(smime::ClassifyPolicy(der::Input(bad, sizeof(bad)), &v, &g));
}

}  // namespace
}  // namespace cair::lints::util
