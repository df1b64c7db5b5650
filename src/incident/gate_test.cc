// Unit tests of the gate's halt half (gate.h): which halts cover a
// certificate, and that Decide denies exactly for active covering halts.
// The lint half needs the catalogue and is covered end to end by
// tests/server_test.cc and the CLI tests.
#include "incident/gate.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "base/files.h"
#include "der/input.h"
#include "x509/certificate.h"
#include "x509/input.h"

namespace cair::incident {
namespace {

class GateHalts : public ::testing::Test {
 protected:
  void SetUp() override {
    auto pem = base::ReadFile((std::filesystem::path(CAIR_SOURCE_DIR) / "samples" / "subscribers.pem").string());
    if (!pem.ok()) GTEST_SKIP() << "samples/subscribers.pem: " << pem.status().ToString();
    auto decoded = x509::DecodeObjects(*pem, x509::InputFormat::kPem);
    ASSERT_FALSE(decoded.objects.empty());
    der_ = decoded.objects.front().der;
    cert_ = x509::ParseCertificate(der::Input(std::string_view(der_)));
    ASSERT_TRUE(cert_.ok());
    ASSERT_TRUE(cert_.aki.has_key_id) << "the sample subscriber certificate carries an authorityKeyIdentifier";
  }
  Halt BySubject() const {
    Halt h;
    h.id = 1;
    h.issuer_subject = cert_.issuer.ToString();
    h.reason = "test";
    return h;
  }
  std::string der_;
  x509::Certificate cert_;
};

TEST_F(GateHalts, CoverByIssuerSubjectOrAuthorityKeyId) {
  EXPECT_TRUE(HaltCovers(BySubject(), cert_, ""));
  Halt ski;
  ski.issuer_ski = der::HexUpper(cert_.aki.key_id);
  EXPECT_TRUE(HaltCovers(ski, cert_, "ov-tls"));
  ski.issuer_ski = "00" + ski.issuer_ski;
  EXPECT_FALSE(HaltCovers(ski, cert_, ""));
  Halt other = BySubject();
  other.issuer_subject = "CN=Some Other CA";
  EXPECT_FALSE(HaltCovers(other, cert_, ""));
}

TEST_F(GateHalts, ProfileNarrowsAHalt) {
  Halt h = BySubject();
  h.profile = "ov-tls";
  EXPECT_TRUE(HaltCovers(h, cert_, "ov-tls"));
  EXPECT_TRUE(HaltCovers(h, cert_, "")) << "an unknown profile is matched by every halt";
  EXPECT_FALSE(HaltCovers(h, cert_, "ev-tls"));
}

TEST_F(GateHalts, DecideDeniesForActiveCoveringHaltsOnly) {
  Gate gate(GatePolicy{});
  Halt active = BySubject();
  Halt resumed = BySubject();
  resumed.id = 2;
  resumed.resumed_at = 1767225600;
  Halt elsewhere = BySubject();
  elsewhere.id = 3;
  elsewhere.issuer_subject = "CN=Some Other CA";
  auto v = gate.Decide(cert_, {active, resumed, elsewhere}, "");
  EXPECT_EQ(v.halts, std::vector<int64_t>{1});
  EXPECT_TRUE(v.deny);
  auto clear = gate.Decide(cert_, {resumed, elsewhere}, "");
  EXPECT_TRUE(clear.halts.empty());
  EXPECT_EQ(clear.deny, !clear.lints.empty());
}

}  // namespace
}  // namespace cair::incident
