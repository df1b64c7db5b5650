// e_dsa_correct_order_in_subgroup on zlint's DSA test certificate and on the
// same certificate with its public value y changed: the verdict of each
// stays the same when asked again (the check is remembered per key).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "lints/util/lint_testing.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/input.h"

namespace cair::lints {
namespace {

TEST(DsaCorrectOrderInSubgroup, YOutsideTheSubgroupIsAnErrorEachTime) {
  const std::string path = std::string(CAIR_SHARED_DIR) + "/conformance/zlint/testdata/dsaCorrectOrderInSubgroup.pem";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << path << " is absent (zlint's test suite in ../shared)";
  std::stringstream text;
  text << in.rdbuf();
  const auto decoded = x509::DecodeObjects(text.str(), x509::InputFormat::kPem);
  ASSERT_EQ(decoded.objects.size(), 1u);
  const std::string good = decoded.objects[0].der;

  const x509::Certificate c = x509::ParseCertificate(der::Input(std::string_view(good)));
  const util::zcrypto::DsaKey k = util::zcrypto::ParsedDsaKey(c);
  ASSERT_TRUE(k.ok);
  // y + 2 (its last octet's bit 1 flipped, or the like): y^q mod p is then 1
  // only by a coincidence of probability 1/q.
  std::string bad = good;
  const size_t last = static_cast<size_t>(k.y.data() - reinterpret_cast<const uint8_t*>(good.data())) + k.y.size() - 1;
  bad[last] = static_cast<char>(bad[last] ^ 0x02);
  const x509::Certificate d = x509::ParseCertificate(der::Input(std::string_view(bad)));
  ASSERT_TRUE(d.ok());

  for (int round = 0; round < 2; ++round) {
    SCOPED_TRACE(round == 0 ? "computed" : "remembered");
    EXPECT_EQ(testing::RunLintOn("e_dsa_correct_order_in_subgroup", c), "pass");
    EXPECT_EQ(testing::RunLintOn("e_dsa_correct_order_in_subgroup", d), "error");
  }
}

}  // namespace
}  // namespace cair::lints
