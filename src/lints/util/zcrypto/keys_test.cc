// Unit tests of the BR key/algorithm/validity helpers (br_key_zcrypto.h).
#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "der/parser.h"
#include "lint/lint.h"
#include "lints/util/time/validity.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints::util {
namespace {

der::Input In(const std::vector<uint8_t>& v) { return der::Input(v.data(), v.size()); }

TEST(BrKeyDates, AddDateNormalisesLikeGo) {
  using lint::Date;
  // Jan 31 + 1 month overflows February and rolls into March.
  EXPECT_EQ(time::AddDate(Date(2016, 1, 31), 0, 1, 0), Date(2016, 3, 2));
  EXPECT_EQ(time::AddDate(Date(2017, 1, 31), 0, 1, 0), Date(2017, 3, 3));
  EXPECT_EQ(time::AddDate(Date(2020, 2, 29), 0, 12, 0), Date(2021, 3, 1));
  EXPECT_EQ(time::AddDate(Date(2015, 3, 1) + 45296, 0, 39, 0), Date(2018, 6, 1) + 45296);
  EXPECT_EQ(time::AddDate(Date(2018, 3, 2), 0, 0, 825), Date(2020, 6, 4));
  EXPECT_EQ(time::AddDate(Date(2023, 12, 25) + 3600, 0, 0, 10), Date(2024, 1, 4) + 3600);
  EXPECT_EQ(time::AddDate(Date(1969, 12, 31) + 10, 0, 2, 0), Date(1970, 3, 3) + 10);
}

TEST(BrKeyArithmetic, MagnitudeHelpers) {
  const std::vector<uint8_t> v256 = {0x01, 0x00}, v128 = {0x00, 0x80}, empty;
  EXPECT_EQ(zcrypto::BitLength(In(v256)), 9u);
  EXPECT_EQ(zcrypto::BitLength(In(v128)), 8u);
  EXPECT_EQ(zcrypto::BitLength(In(empty)), 0u);
  EXPECT_EQ(zcrypto::ModSmall(In(v256), 7), 4u);
  EXPECT_EQ(zcrypto::ModSmall(In(v256), 2), 0u);
  EXPECT_FALSE(zcrypto::IsOdd(In(v256)));
  EXPECT_EQ(zcrypto::CompareMagnitudes(In(v256), In(v128)), 1);
  EXPECT_EQ(zcrypto::CompareMagnitudes(In(v128), In(v256)), -1);
  const std::vector<uint8_t> padded = {0x00, 0x00, 0x01, 0x00};
  EXPECT_EQ(zcrypto::CompareMagnitudes(In(padded), In(v256)), 0);
}

TEST(BrKeyBasicConstraints, GoDecodingRules) {
  EXPECT_EQ(zcrypto::BasicConstraintsCa(In({0x30, 0x03, 0x01, 0x01, 0xff})), std::optional<bool>(true));
  EXPECT_EQ(zcrypto::BasicConstraintsCa(In({0x30, 0x00})), std::optional<bool>(false));
  EXPECT_EQ(zcrypto::BasicConstraintsCa(In({0x30, 0x03, 0x02, 0x01, 0x00})), std::optional<bool>(false));
  EXPECT_EQ(zcrypto::BasicConstraintsCa(In({0x30, 0x06, 0x01, 0x01, 0xff, 0x02, 0x01, 0x03})),
            std::optional<bool>(true));
  // Refused by Go: a BOOLEAN other than 00/FF, a non-minimal INTEGER, a
  // non-minimal length, a value that is not a SEQUENCE.
  EXPECT_FALSE(zcrypto::BasicConstraintsCa(In({0x30, 0x03, 0x01, 0x01, 0x01})));
  EXPECT_FALSE(zcrypto::BasicConstraintsCa(In({0x30, 0x04, 0x02, 0x02, 0x00, 0x05})));
  EXPECT_FALSE(zcrypto::BasicConstraintsCa(In({0x30, 0x81, 0x03, 0x01, 0x01, 0xff})));
  EXPECT_FALSE(zcrypto::BasicConstraintsCa(In({0x04, 0x00})));
}

zcrypto::SigAlg SigAlg(const std::vector<uint8_t>& der) {
  auto el = der::ReadElement(In(der));
  EXPECT_TRUE(el.has_value());
  return zcrypto::SignatureAlgorithm(x509::ParseAlgorithmIdentifier(*el));
}

TEST(BrKeySignatureAlgorithm, ZcryptoBuckets) {
  EXPECT_EQ(SigAlg({0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b, 0x05, 0x00}),
            zcrypto::SigAlg::kSha256Rsa);
  EXPECT_EQ(SigAlg({0x30, 0x07, 0x06, 0x05, 0x2b, 0x0e, 0x03, 0x02, 0x1d}), zcrypto::SigAlg::kSha1Rsa);
  // sha224WithRSAEncryption is not among zcrypto's algorithms.
  EXPECT_EQ(SigAlg({0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0e, 0x05, 0x00}),
            zcrypto::SigAlg::kUnknown);
  const std::vector<uint8_t> pss_sha256 = {
      0x30, 0x41, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0a, 0x30, 0x34, 0xa0, 0x0f,
      0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0xa1, 0x1c,
      0x30, 0x1a, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x08, 0x30, 0x0d, 0x06, 0x09,
      0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0xa2, 0x03, 0x02, 0x01, 0x20};
  EXPECT_EQ(SigAlg(pss_sha256), zcrypto::SigAlg::kSha256RsaPss);
  std::vector<uint8_t> salt20 = pss_sha256;
  salt20.back() = 0x14;  // salt length must match the hash length
  EXPECT_EQ(SigAlg(salt20), zcrypto::SigAlg::kUnknown);
  const std::vector<uint8_t> hash_without_null = {
      0x30, 0x3f, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0a, 0x30, 0x32, 0xa0, 0x0d,
      0x30, 0x0b, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0xa1, 0x1c, 0x30, 0x1a,
      0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x08, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86,
      0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0xa2, 0x03, 0x02, 0x01, 0x20};
  EXPECT_EQ(SigAlg(hash_without_null), zcrypto::SigAlg::kUnknown);
}

}  // namespace
}  // namespace cair::lints::util
