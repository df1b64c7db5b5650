// Unit tests of the key helpers (key_params.h, key_fermat.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lints/util/math/fermat.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints::util {
namespace {

der::Input In(const std::vector<uint8_t>& v) { return der::Input(v.data(), v.size()); }

// Big-endian bytes of a decimal number (test helper, small inputs only).
std::vector<uint8_t> FromDecimal(const std::string& dec) {
  std::vector<uint8_t> out;  // little-endian while building
  for (char ch : dec) {
    unsigned carry = static_cast<unsigned>(ch - '0');
    for (auto& b : out) {
      const unsigned v = b * 10u + carry;
      b = static_cast<uint8_t>(v & 0xff);
      carry = v >> 8;
    }
    while (carry) {
      out.push_back(static_cast<uint8_t>(carry & 0xff));
      carry >>= 8;
    }
  }
  return {out.rbegin(), out.rend()};
}

std::string Times(const std::string& a, const std::string& b) {
  // Schoolbook decimal multiplication.
  std::vector<int> r(a.size() + b.size(), 0);
  for (size_t i = a.size(); i-- > 0;)
    for (size_t j = b.size(); j-- > 0;) {
      r[i + j + 1] += (a[i] - '0') * (b[j] - '0');
    }
  for (size_t k = r.size(); k-- > 1;) {
    r[k - 1] += r[k] / 10;
    r[k] %= 10;
  }
  std::string s;
  for (int d : r)
    if (!(s.empty() && d == 0)) s += static_cast<char>('0' + d);
  return s.empty() ? "0" : s;
}

struct FermatCase {
  std::string p, q;
  int64_t rounds_low, rounds_high;
};

TEST(KeyFermat, FactorsClosePrimesWithinTheRoundsZlintNeeds) {
  const std::vector<FermatCase> cases = {
      {"101", "59", 2, 3},
      {"12451309173743450529024753538187635497858772172998414407116324997634262083672423797183640278969532658774374576700091736519352600717664126766443002156788367",
       "12451309173743450529024753538187635497858772172998414407116324997634262083672423797183640278969532658774374576700091736519352600717664126766443002156788337",
       0, 1},
      {"11779932606551869095289494662458707049283241949932278009554252037480401854504909149712949171865707598142483830639739537075502512627849249573564209082969463",
       "11779932606551869095289494662458707049283241949932278009554252037480401854503793357623711855670284027157475142731886267090836872063809791989556295953329083",
       13, 14},
  };
  for (const auto& c : cases) {
    const auto n = FromDecimal(Times(c.p, c.q));
    std::string p, q;
    EXPECT_FALSE(math::FermatFactor(In(n), c.rounds_low, &p, &q)) << c.p;
    ASSERT_TRUE(math::FermatFactor(In(n), c.rounds_high, &p, &q)) << c.p;
    EXPECT_EQ(p, c.p);
    EXPECT_EQ(q, c.q);
  }
}

TEST(KeyFermat, IgnoresDegenerateInput) {
  std::string p, q;
  const std::vector<uint8_t> zero{0}, leading_zero{0, 0x17, 0x47};  // 5959
  EXPECT_FALSE(math::FermatFactor(In(zero), 100, &p, &q));
  EXPECT_FALSE(math::FermatFactor(der::Input(), 100, &p, &q));
  EXPECT_FALSE(math::FermatFactor(In(leading_zero), 0, &p, &q));
  EXPECT_TRUE(math::FermatFactor(In(leading_zero), 3, &p, &q));
  EXPECT_EQ(p, "101");
}

TEST(KeyParams, KeyUsageNamesAreSortedGoNames) {
  EXPECT_EQ(zcrypto::KeyUsageNames(0), "");
  EXPECT_EQ(zcrypto::KeyUsageNames(zcrypto::KuBit(x509::kKeyCertSign) | zcrypto::KuBit(x509::kCrlSign)),
            "KeyUsageCRLSign, KeyUsageCertSign");
  EXPECT_EQ(zcrypto::KeyUsageNames(zcrypto::KuBit(x509::kKeyEncipherment) | zcrypto::KuBit(x509::kDataEncipherment)),
            "KeyUsageDataEncipherment, KeyUsageKeyEncipherment");
  EXPECT_EQ(zcrypto::KeyUsageNames(zcrypto::KuBit(x509::kNonRepudiation)), "KeyUsageContentCommitment");
}

TEST(KeyParams, RsaAlgorithmIdentifierChecks) {
  const std::vector<uint8_t> rsa = {0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01};
  auto aid = [&](std::vector<uint8_t> tail) {
    std::vector<uint8_t> v{0x30, 0x00, 0x06, 0x09};
    for (uint8_t b : rsa) v.push_back(b);
    for (uint8_t b : tail) v.push_back(b);
    v[1] = static_cast<uint8_t>(v.size() - 2);
    return v;
  };
  const auto good = aid({0x05, 0x00});
  EXPECT_EQ(zcrypto::RsaAlgorithmIdProblem(In(good), oid::kRsaEncryption), "");
  const auto absent = aid({});
  EXPECT_EQ(zcrypto::RsaAlgorithmIdProblem(In(absent), oid::kRsaEncryption),
            "RSA algorithm identifier missing required NULL parameter");
  const auto other = aid({0x04, 0x00});
  EXPECT_EQ(zcrypto::RsaAlgorithmIdProblem(In(other), oid::kRsaEncryption),
            "RSA algorithm identifier with non-NULL parameter");
  const auto data = aid({0x05, 0x01, 0x00});
  EXPECT_EQ(zcrypto::RsaAlgorithmIdProblem(In(data), oid::kRsaEncryption),
            "RSA algorithm identifier with NULL parameter containing data");
  const auto trailing = aid({0x05, 0x00, 0x05, 0x00});
  EXPECT_EQ(zcrypto::RsaAlgorithmIdProblem(In(trailing), oid::kRsaEncryption),
            "RSA algorithm identifier with trailing data");
  EXPECT_EQ(zcrypto::RsaAlgorithmIdProblem(In(good), oid::kSha256WithRsa),
            "algorithm OID is not equal to 1.2.840.113549.1.1.11");
  EXPECT_TRUE(zcrypto::IsRsaNullParamsOid(oid::kSha1WithRsa));
  EXPECT_FALSE(zcrypto::IsRsaNullParamsOid(oid::kRsaPss));
  EXPECT_FALSE(zcrypto::IsRsaNullParamsOid(oid::kEcdsaWithSha256));
}

}  // namespace
}  // namespace cair::lints::util
