// `cair monitor crl` and `cair monitor open-incident` end to end, on the CRL
// history in samples/crl-history (tools/make_crl_samples.sh: three versions
// made by `openssl ca -gencrl`, the third silently dropping serial 1002),
// through to the crl-ocsp incident's reports and clocks.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "cli_util.h"

namespace {

using cair::clitest::Cair;
using cair::clitest::CliRun;
using nlohmann::json;
namespace fs = std::filesystem;

const std::string kDir = "samples/crl-history/";
const std::string kCheck = " --certs " + kDir + "subscribers.pem --issuer-cert " + kDir + "issuing-ca.pem";

class MonitorCrlCli : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = fs::temp_directory_path() / ("cair_monitor_cli_" + std::to_string(getpid()) + "_" +
                                       ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db");
    Clean();
  }
  void TearDown() override { Clean(); }
  void Clean() {
    for (const char* s : {"", "-wal", "-shm"}) fs::remove(db_.string() + s);
  }
  CliRun Run(const std::string& args) { return Cair(args + " --db " + db_.string()); }
  static json Findings(const CliRun& r) {
    auto j = json::parse(r.out, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << r.out << r.err;
    return j.is_discarded() ? json::array() : j["findings"];
  }
  fs::path db_;
};

TEST_F(MonitorCrlCli, CorrectVersionsThenAnUnrevocation) {
  // The control: versions 1 and 2, signed, every certificate known.
  auto r = Run("monitor crl " + kDir + "crl-2.pem " + kDir + "crl-1.pem" + kCheck + " --now 2026-03-05T12:00:00Z --json");
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_TRUE(Findings(r).empty()) << r.out;
  // Version 3 drops 1002, which is valid until 2026-12-31.
  r = Run("monitor crl " + kDir + "crl-3.pem" + kCheck + " --now 2026-03-08T12:00:00Z --json");
  EXPECT_EQ(r.code, 1) << r.out << r.err;
  auto f = Findings(r);
  ASSERT_EQ(f.size(), 1u) << r.out;
  EXPECT_EQ(f[0]["kind"], "unrevocation");
  EXPECT_EQ(f[0]["severity"], "error");
  EXPECT_EQ(f[0]["serial"], "1002");
  EXPECT_EQ(f[0]["crl_number"], "3");
  EXPECT_EQ(f[0]["issuer"], "C=US, O=Example Trust Services, CN=Example TLS Issuing CA 2");
  EXPECT_EQ(f[0]["first_seen"], "2026-03-08T00:00:00Z");
  EXPECT_EQ(f[0]["rule"], "BR 4.10.1");
  EXPECT_FALSE(f[0].contains("expiry_unknown"));
  for (const char* k : {"kind", "issuer", "serial", "crl_number", "first_seen", "last_seen", "detail", "rule"})
    EXPECT_TRUE(f[0].contains(k)) << k;
  // Human output names the evidence.
  r = Run("monitor crl " + kDir + "crl-3.pem" + kCheck + " --now 2026-03-08T12:00:00Z");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("error unrevocation"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("serial 1002"), std::string::npos) << r.out;
}

TEST_F(MonitorCrlCli, ExpiryUnknownIsAWarning) {
  auto r = Run("monitor crl " + kDir + "crl-1.pem " + kDir + "crl-2.pem " + kDir + "crl-3.pem --now 2026-03-08T12:00:00Z --json");
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  auto f = Findings(r);
  ASSERT_EQ(f.size(), 1u) << r.out;
  EXPECT_EQ(f[0]["severity"], "warning");
  EXPECT_EQ(f[0]["expiry_unknown"], true);
}

TEST_F(MonitorCrlCli, UnreadableAndUnparsableInputs) {
  fs::path garbage = fs::temp_directory_path() / ("cair_monitor_garbage_" + std::to_string(getpid()) + ".crl");
  std::ofstream(garbage) << "<html><body>502 Bad Gateway</body></html>\n";
  fs::path truncated = fs::temp_directory_path() / ("cair_monitor_trunc_" + std::to_string(getpid()) + ".crl");
  {
    std::string pem = cair::clitest::Slurp(std::string(CAIR_SOURCE_DIR) + "/" + kDir + "crl-1.pem");
    std::ofstream(truncated) << pem.substr(0, pem.size() / 2);
  }
  auto r = Run("monitor crl /nonexistent/x.crl " + garbage.string() + " " + truncated.string() + " " + kDir +
               "crl-1.pem --now 2026-03-02T12:00:00Z --json");
  EXPECT_EQ(r.code, 3) << r.out << r.err;
  EXPECT_NE(r.err.find("/nonexistent/x.crl: cannot read"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(garbage.string() + ": not a CRL"), std::string::npos) << r.err;
  auto f = Findings(r);
  int unparsable = 0;
  for (const auto& x : f) unparsable += x["kind"] == "crl-unparsable";
  EXPECT_EQ(unparsable, 2) << r.out;
  // The good file was still recorded: version 2 compares with it.
  r = Run("monitor crl " + kDir + "crl-2.pem" + kCheck + " --now 2026-03-05T12:00:00Z --json");
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_EQ(Run("monitor crl").code, 2);
  fs::remove(garbage);
  fs::remove(truncated);
}

TEST_F(MonitorCrlCli, OpenIncidentReportsTheProblemWithItsStatistics) {
  EXPECT_EQ(Run("monitor open-incident --title x").code, 3);  // nothing to attach yet
  Run("monitor crl " + kDir + "crl-1.pem " + kDir + "crl-2.pem " + kDir + "crl-3.pem" + kCheck + " --now 2026-03-08T12:00:00Z");
  auto r = Run("monitor open-incident --title 'Example Trust Services: a revoked certificate dropped from the CRL' "
               "--aware-at 2026-03-08T13:00:00Z --now 2026-03-08T13:05:00Z");
  ASSERT_EQ(r.code, 0) << r.err;
  std::string id = cair::clitest::Lines(r.out).at(0);
  r = Run("incident show " + id);
  EXPECT_NE(r.out.find("crl-ocsp"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("1 unrevocation"), std::string::npos) << r.out;  // the timeline entry
  for (const char* kind : {"preliminary", "full"}) {
    r = Run("report " + id + " --kind " + kind + " --now 2026-03-09T00:00:00Z");
    ASSERT_EQ(r.code, 0) << kind << r.err;
    EXPECT_NE(r.out.find("Problem 1 `unrevocation` (error; BR 4.10.1): 1 serial affected in 1 observation; first observed "
                         "2026-03-08 00:00 UTC"),
              std::string::npos)
        << kind << "\n" << r.out;
    EXPECT_NE(r.out.find("#### Problem 1: `unrevocation` (1 observation)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("| 1002 | 3 |"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("N/A: no affected certificates"), std::string::npos) << r.out;
  }
  r = Run("report " + id + " --kind closure --now 2026-03-09T00:00:00Z");
  EXPECT_NE(r.out.find("Problem 1 `unrevocation`"), std::string::npos) << r.out;
  r = Run("report " + id + " --kind full --format html --now 2026-03-09T00:00:00Z");
  EXPECT_NE(r.out.find("<td>1. unrevocation</td>"), std::string::npos) << r.out;
  // Clocks run as for any incident: the 72 h preliminary report is due.
  r = Run("due --now 2026-03-09T00:00:00Z --json");
  EXPECT_NE(r.out.find("\"incident\": " + id), std::string::npos) << r.out;
  // Attached findings are not attached twice.
  EXPECT_EQ(Run("monitor open-incident --title again").code, 3);
  // --incident attaches a later run's findings directly.
  r = Run("monitor crl " + kDir + "crl-3.pem --now 2026-03-20T00:00:00Z --incident " + id + " --json");
  EXPECT_EQ(r.code, 1) << r.out;
  r = Run("report " + id + " --kind full --now 2026-03-21T00:00:00Z");
  EXPECT_NE(r.out.find("`crl-expired`"), std::string::npos) << r.out;
}

}  // namespace
