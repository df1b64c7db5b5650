// Unit tests of the Mozilla Root Store Policy helpers (mozilla_encodings.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lints/util/mozilla/encodings.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints::util {
namespace {

std::vector<uint8_t> Bytes(const std::string& hex) {
  std::vector<uint8_t> out;
  for (size_t i = 0; i + 1 < hex.size(); i += 2)
    out.push_back(static_cast<uint8_t>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  return out;
}
der::Input In(const std::vector<uint8_t>& v) { return der::Input(v.data(), v.size()); }

// The hex strings below are the ones printed in MRSP 5.1.1 / 5.1.2.
TEST(MozillaEncodings, PssAllowedEncodings) {
  const std::string kPrefix = "304106092a864886f70d01010a3034a00f300d06096086480165030402";
  const std::string kMiddle = "0500a11c301a06092a864886f70d010108300d06096086480165030402";
  for (const auto& [arc, salt] : {std::pair{"01", "20"}, {"02", "30"}, {"03", "40"}}) {
    const auto good = Bytes(kPrefix + arc + kMiddle + arc + "0500a2030201" + salt);
    EXPECT_TRUE(mozilla::IsAllowedPssAlgorithm(In(good))) << arc;
  }
  // Mixed hash and salt, and a trailing byte, are not allowed.
  EXPECT_FALSE(mozilla::IsAllowedPssAlgorithm(
      In(Bytes(kPrefix + "01" + kMiddle + "01" + "0500a2030201" + "30"))));
  EXPECT_FALSE(mozilla::IsAllowedPssAlgorithm(
      In(Bytes(kPrefix + "02" + kMiddle + "01" + "0500a2030201" + "30"))));
  auto trailing = Bytes(kPrefix + "01" + kMiddle + "01" + "0500a2030201" + "20");
  trailing.push_back(0);
  EXPECT_FALSE(mozilla::IsAllowedPssAlgorithm(In(trailing)));
  // Hash parameters absent instead of NULL.
  EXPECT_FALSE(mozilla::IsAllowedPssAlgorithm(In(Bytes(
      "303d06092a864886f70d01010a3030a00d300b0609608648016503040201a11a301806092a864886f70d01"
      "0108300b0609608648016503040201a203020120"))));
}

TEST(MozillaEncodings, EcSpkiAllowedEncodings) {
  EXPECT_TRUE(mozilla::IsAllowedEcSpkiAlgorithm(In(Bytes("301306072a8648ce3d020106082a8648ce3d030107"))));
  EXPECT_TRUE(mozilla::IsAllowedEcSpkiAlgorithm(In(Bytes("301006072a8648ce3d020106052b81040022"))));
  EXPECT_TRUE(mozilla::IsAllowedEcSpkiAlgorithm(In(Bytes("301006072a8648ce3d020106052b81040023"))));
  // P-224 (secp224r1), and P-256 with a NULL appended.
  EXPECT_FALSE(mozilla::IsAllowedEcSpkiAlgorithm(In(Bytes("301006072a8648ce3d020106052b81040021"))));
  EXPECT_FALSE(
      mozilla::IsAllowedEcSpkiAlgorithm(In(Bytes("301506072a8648ce3d020106082a8648ce3d0301070500"))));
  EXPECT_FALSE(mozilla::IsAllowedEcSpkiAlgorithm({}));
}

TEST(MozillaEncodings, EcdsaSignatureByLength) {
  EXPECT_EQ(mozilla::CurveForSignatureLength(0), mozilla::EcCurve::kP256);
  EXPECT_EQ(mozilla::CurveForSignatureLength(72), mozilla::EcCurve::kP256);
  EXPECT_EQ(mozilla::CurveForSignatureLength(73), mozilla::EcCurve::kP384);
  EXPECT_EQ(mozilla::CurveForSignatureLength(104), mozilla::EcCurve::kP384);
  EXPECT_EQ(mozilla::CurveForSignatureLength(105), mozilla::EcCurve::kP521);
  EXPECT_EQ(mozilla::CurveForSignatureLength(140), mozilla::EcCurve::kP521);
  EXPECT_FALSE(mozilla::CurveForSignatureLength(141).has_value());

  const auto p256 = Bytes("300a06082a8648ce3d040302");
  const auto p384 = Bytes("300a06082a8648ce3d040303");
  const auto p521 = Bytes("300a06082a8648ce3d040304");
  EXPECT_EQ(mozilla::EcdsaSignatureAlgorithm(mozilla::EcCurve::kP256), In(p256));
  EXPECT_EQ(mozilla::EcdsaSignatureAlgorithm(mozilla::EcCurve::kP384), In(p384));
  EXPECT_EQ(mozilla::EcdsaSignatureAlgorithm(mozilla::EcCurve::kP521), In(p521));
  EXPECT_STREQ(mozilla::CurveName(mozilla::EcCurve::kP384), "P-384");
}

TEST(MozillaEncodings, AkiFields) {
  // keyIdentifier only.
  mozilla::AkiFields a = mozilla::DecodeAki(In(Bytes("30068004010203ff")));
  ASSERT_TRUE(a.ok);
  EXPECT_TRUE(a.key_id_content);
  EXPECT_FALSE(a.issuer_content);
  // keyIdentifier, authorityCertIssuer (directoryName) and serial.
  a = mozilla::DecodeAki(In(Bytes("3013800101a10aa4083006310430020600820201ff")));
  ASSERT_TRUE(a.ok) << a.error;
  EXPECT_TRUE(a.key_id_content);
  EXPECT_TRUE(a.issuer_content);
  EXPECT_TRUE(a.serial_content);
  // Empty [0] and [1] carry no content.
  a = mozilla::DecodeAki(In(Bytes("30048000a100")));
  ASSERT_TRUE(a.ok);
  EXPECT_FALSE(a.key_id_content);
  EXPECT_FALSE(a.issuer_content);
  // An unexpected [5] ends the fields; trailing elements are ignored.
  a = mozilla::DecodeAki(In(Bytes("3006850101800101")));
  ASSERT_TRUE(a.ok);
  EXPECT_FALSE(a.key_id_content);
  // Issuer without key id, out-of-order tags.
  a = mozilla::DecodeAki(In(Bytes("3007a1020500800101")));
  ASSERT_TRUE(a.ok);
  EXPECT_TRUE(a.issuer_content);
  EXPECT_FALSE(a.key_id_content);
  // Errors: empty, not a SEQUENCE, truncated, non-minimal length.
  EXPECT_FALSE(mozilla::DecodeAki({}).ok);
  EXPECT_FALSE(mozilla::DecodeAki(In(Bytes("3100"))).ok);
  EXPECT_FALSE(mozilla::DecodeAki(In(Bytes("30058003"))).ok);
  EXPECT_FALSE(mozilla::DecodeAki(In(Bytes("3003800501"))).ok);
  EXPECT_FALSE(mozilla::DecodeAki(In(Bytes("308103800101"))).ok);
}

TEST(MozillaEncodings, ZcryptoNamedEkus) {
  EXPECT_TRUE(zcrypto::IsKnownEku(oid::kEkuServerAuth));
  EXPECT_TRUE(zcrypto::IsKnownEku(In(Bytes("2a864886f72f010105"))));  // Adobe ADT
  EXPECT_FALSE(zcrypto::IsKnownEku(In(Bytes("2b06010401d679020404"))));  // CT precert signing
}

}  // namespace
}  // namespace cair::lints::util
