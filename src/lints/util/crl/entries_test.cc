// Unit tests of the CRL helpers (crl_entries.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lints/util/crl/entries.h"
#include "x509/oids.h"

namespace cair::lints::util {
namespace {

der::Input In(const std::vector<uint8_t>& v) { return der::Input(v.data(), v.size()); }

TEST(CrlEntries, IntegerFormattingFollowsGoHex) {
  EXPECT_EQ(crl::IntegerHex(In({0x00})), "0");
  EXPECT_EQ(crl::IntegerHex(In({0x01, 0x02})), "102");
  EXPECT_EQ(crl::IntegerHex(In({0x00, 0x80})), "80");
  EXPECT_EQ(crl::IntegerHex(In({0x00, 0x00, 0x0f})), "f");
  EXPECT_EQ(crl::IntegerHex(In({0xff})), "-1");
  EXPECT_EQ(crl::IntegerHex(In({0x80})), "-80");
  EXPECT_EQ(crl::IntegerHex(In({0xff, 0x7f})), "-81");
}

TEST(CrlEntries, MinimalIntegerDropsSignExtension) {
  EXPECT_EQ(crl::MinimalInteger(In({0x00, 0x00, 0x05})), In({0x05}));
  EXPECT_EQ(crl::MinimalInteger(In({0x00, 0x80})), In({0x00, 0x80}));
  EXPECT_EQ(crl::MinimalInteger(In({0xff, 0xff, 0x80})), In({0x80}));
  EXPECT_EQ(crl::MinimalInteger(In({0xff, 0x7f})), In({0xff, 0x7f}));
}

TEST(CrlEntries, ReasonCodeAndDuplicates) {
  const std::vector<uint8_t> seven{0x0a, 0x01, 0x07}, neg{0x0a, 0x01, 0xff}, bad{0x02, 0x01, 0x01};
  x509::RevokedCertificate entry;
  EXPECT_FALSE(crl::EntryReasonCode(entry));
  x509::Extension e;
  e.oid = oid::kReasonCode;
  e.value = In(bad);
  entry.extensions.push_back(e);
  EXPECT_FALSE(crl::EntryReasonCode(entry));
  e.value = In(seven);
  entry.extensions.push_back(e);
  EXPECT_EQ(crl::EntryReasonCode(entry), 7);
  e.value = In(neg);
  entry.extensions.push_back(e);
  EXPECT_EQ(crl::EntryReasonCode(entry), -1);
  EXPECT_EQ(crl::FirstDuplicateExtension(entry.extensions), &entry.extensions[1]);
  entry.extensions.resize(1);
  EXPECT_EQ(crl::FirstDuplicateExtension(entry.extensions), nullptr);
}

}  // namespace
}  // namespace cair::lints::util
