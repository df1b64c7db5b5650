#include "corpus/certificates.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace cair::corpus {
namespace {

namespace fs = std::filesystem;

class ReadCertificatesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("cair-certs-test-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    std::ifstream in(fs::path(CAIR_SOURCE_DIR) / "samples/subscribers.pem");
    std::stringstream ss;
    ss << in.rdbuf();
    // Blocks of the sample bundle, one per certificate.
    std::string all = ss.str();
    for (size_t pos = 0; (pos = all.find("-----BEGIN CERTIFICATE-----", pos)) != std::string::npos;) {
      size_t end = all.find("-----END CERTIFICATE-----", pos) + 26;
      blocks_.push_back(all.substr(pos, end - pos));
      pos = end;
    }
    ASSERT_GE(blocks_.size(), 2u);
    // 5,000 objects (many batches); two bad ones at 3,000 and 4,000.
    std::ofstream out(dir_ / "many.pem");
    for (size_t i = 0; i < 5000; ++i) {
      if (i == 3000 || i == 4000) out << "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
      else out << blocks_[i % blocks_.size()];
    }
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::vector<CertificateIdentity> ReadAll(int jobs, const Sha256Set* only = nullptr, CertificateReadStats* stats = nullptr) {
    CertificateReadOptions o;
    o.jobs = jobs;
    o.only = only;
    std::vector<CertificateIdentity> out;
    auto st = ReadCertificates({(dir_ / "many.pem").string()}, o, [&](std::vector<CertificateIdentity>& batch) {
      for (auto& c : batch) out.push_back(std::move(c));
      return true;
    });
    if (stats) *stats = st;
    return out;
  }

  fs::path dir_;
  std::vector<std::string> blocks_;
};

TEST_F(ReadCertificatesTest, ParallelReadingKeepsInputOrderAndNamesBadObjects) {
  auto one = ReadAll(1);
  auto four = ReadAll(4);
  ASSERT_EQ(one.size(), 5000u);
  ASSERT_EQ(four.size(), 5000u);
  for (size_t i = 0; i < one.size(); ++i) {
    ASSERT_EQ(four[i].origin, one[i].origin) << i;
    ASSERT_EQ(four[i].sha256, one[i].sha256) << i;
    ASSERT_EQ(four[i].serial_hex, one[i].serial_hex) << i;
  }
  EXPECT_NE(four[3000].error.find("many.pem#3001 (line "), std::string::npos) << four[3000].error;
  EXPECT_NE(four[3000].error.find("not a certificate"), std::string::npos) << four[3000].error;
  EXPECT_FALSE(four[4000].error.empty());
  EXPECT_TRUE(four[2999].error.empty()) << four[2999].error;
  EXPECT_FALSE(four[0].serial_hex.empty());
  EXPECT_FALSE(four[0].issuer.empty());
  EXPECT_GT(four[0].not_after, four[0].not_before);
}

TEST_F(ReadCertificatesTest, OnlyListedFingerprintsAreParsed) {
  auto all = ReadAll(2);
  Sha256Set only{all[1].sha256};
  CertificateReadStats st;
  auto some = ReadAll(2, &only, &st);
  size_t expected = 0;
  for (const auto& c : all) expected += c.error.empty() && c.sha256 == all[1].sha256;
  // Unlisted objects are skipped before parsing, the two bad ones included.
  ASSERT_EQ(some.size(), expected);
  EXPECT_EQ(st.skipped, 5000 - expected);
  for (const auto& c : some) {
    EXPECT_TRUE(c.error.empty()) << c.error;
    EXPECT_EQ(c.sha256, all[1].sha256);
  }
}

TEST_F(ReadCertificatesTest, ConsumerCanStopTheRead) {
  CertificateReadOptions o;
  o.jobs = 2;
  uint64_t seen = 0;
  auto st = ReadCertificates({(dir_ / "many.pem").string()}, o, [&](std::vector<CertificateIdentity>& batch) {
    seen += batch.size();
    return seen < 1000;
  });
  EXPECT_TRUE(st.stopped);
  EXPECT_LT(seen, 5000u);
  EXPECT_EQ(st.objects, seen);
}

TEST(Sha256Hex, ParsesEitherCaseAndRefusesTheRest) {
  Sha256 h;
  ASSERT_TRUE(ParseSha256Hex(std::string(62, 'a') + "F0", &h));
  EXPECT_EQ(h[0], 0xaa);
  EXPECT_EQ(h[31], 0xf0);
  EXPECT_EQ(HexUpper(h), std::string(62, 'A') + "F0");
  EXPECT_FALSE(ParseSha256Hex(std::string(63, 'a'), &h));
  EXPECT_FALSE(ParseSha256Hex(std::string(63, 'a') + "g", &h));
}

}  // namespace
}  // namespace cair::corpus
