// Unit tests of smime_mail.h (Go net/mail.ParseAddress behaviour) and of the
// S/MIME policy classification in smime_policy.h.
#include <gtest/gtest.h>

#include "lints/util/smime_mail.h"
#include "lints/util/smime_policy.h"
#include "x509/oids.h"

namespace cair::lints::util {
namespace {

TEST(SmimeMail, PlainAddrSpec) {
  EXPECT_EQ(SmimeParseMailAddress("alice@example.com"), "alice@example.com");
  EXPECT_TRUE(SmimeIsMailboxAddress("alice@example.com"));
  EXPECT_TRUE(SmimeIsMailboxAddress("a.b+c@sub.example.org"));
  EXPECT_TRUE(SmimeIsMailboxAddress("j\xc3\xb6rg@example.de"));  // RFC 6532 UTF-8
}

TEST(SmimeMail, Rejected) {
  EXPECT_FALSE(SmimeParseMailAddress(""));
  EXPECT_FALSE(SmimeParseMailAddress("Alice Example"));
  EXPECT_FALSE(SmimeParseMailAddress("alice"));
  EXPECT_FALSE(SmimeParseMailAddress(".alice@example.com"));
  EXPECT_FALSE(SmimeParseMailAddress("al..ice@example.com"));
  EXPECT_FALSE(SmimeParseMailAddress("alice@example..com"));
  EXPECT_FALSE(SmimeParseMailAddress("alice@"));
  EXPECT_FALSE(SmimeParseMailAddress("a@b.com, c@d.com"));
  EXPECT_FALSE(SmimeParseMailAddress("\"\"@example.com"));
  EXPECT_FALSE(SmimeParseMailAddress("Alice <alice@example.com"));
  EXPECT_FALSE(SmimeParseMailAddress("alice@[not-an-ip]"));
  EXPECT_FALSE(SmimeParseMailAddress("al\xffice@example.com"));
  EXPECT_FALSE(SmimeParseMailAddress("G: a@b.com, c@d.com;"));
  EXPECT_FALSE(SmimeParseMailAddress("G: ;"));
  EXPECT_FALSE(SmimeParseMailAddress("=?x-unknown?q?Alice?= <alice@example.com>"));
}

TEST(SmimeMail, NameAddrAndLeniencies) {
  EXPECT_EQ(SmimeParseMailAddress("Alice <alice@example.com>"), "alice@example.com");
  EXPECT_FALSE(SmimeIsMailboxAddress("Alice <alice@example.com>"));
  EXPECT_EQ(SmimeParseMailAddress("  alice@example.com  "), "alice@example.com");
  EXPECT_EQ(SmimeParseMailAddress("alice@example.com (Alice)"), "alice@example.com");
  EXPECT_EQ(SmimeParseMailAddress("\"a b\"@example.com"), "a b@example.com");
  EXPECT_EQ(SmimeParseMailAddress("alice@[192.0.2.1]"), "alice@[192.0.2.1]");
  EXPECT_EQ(SmimeParseMailAddress("G: a@b.com;"), "a@b.com");
  EXPECT_EQ(SmimeParseMailAddress("Dr. J.R. Bob <bob@example.com>"), "bob@example.com");
  EXPECT_EQ(SmimeParseMailAddress("=?utf-8?q?Alice?= <alice@example.com>"), "alice@example.com");
  EXPECT_EQ(SmimeParseMailAddress("=?x-unknown?q?Al=ZZ?= <alice@example.com>"), "alice@example.com");
}

TEST(SmimePolicy, Classify) {
  SmimeValidation v;
  SmimeGeneration g;
  ASSERT_TRUE(SmimeClassifyPolicy(oid::kSmimeSponsorMultipurpose, &v, &g));
  EXPECT_EQ(v, SmimeValidation::kSponsor);
  EXPECT_EQ(g, SmimeGeneration::kMultipurpose);
  ASSERT_TRUE(SmimeClassifyPolicy(oid::kSmimeIndividualStrict, &v, &g));
  EXPECT_EQ(v, SmimeValidation::kIndividual);
  EXPECT_EQ(g, SmimeGeneration::kStrict);
  EXPECT_FALSE(SmimeClassifyPolicy(oid::kBrDomainValidated, &v, &g));
  const uint8_t bad[] = {0x67, 0x81, 0x0c, 0x01, 0x05, 0x05, 0x01};  // 2.23.140.1.5.5.1
  EXPECT_FALSE(SmimeClassifyPolicy(der::Input(bad, sizeof(bad)), &v, &g));
}

}  // namespace
}  // namespace cair::lints::util
