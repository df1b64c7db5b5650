// `cair monitor ocsp` and `cair monitor run` end to end: a CA made with
// `openssl ca`, `openssl ocsp` responders on loopback, and a local HTTP server
// publishing the CA's CRL next to URLs that answer 500, hang past the
// timeout, or serve an HTML page. Exit codes, --json, the store, SIGTERM.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <csignal>
#include <set>
#include <thread>

#include <nlohmann/json.hpp>

#include "browser_util.h"
#include "cli_util.h"
#include "monitor/ocsp_test_pki.h"

namespace {

namespace fs = std::filesystem;
using cair::clitest::Cair;
using cair::monitor::testpki::OpensslResponder;
using cair::monitor::testpki::Slurp;
using cair::monitor::testpki::Spit;
using cair::monitor::testpki::TestPki;

// Publishes the CA's CRL at /ca.crl, and misbehaves at /500, /hang (3 s) and /html.
// (A URL nobody listens on stands for a server that refuses connections.)
class CrlServer {
 public:
  bool Start(const std::string& crl_der) {
    httplib::Server& h = server_.http();
    h.Get("/ca.crl", [crl_der](const httplib::Request&, httplib::Response& r) {
      r.set_content(crl_der, "application/pkix-crl");
    });
    h.Get("/500", [](const httplib::Request&, httplib::Response& r) {
      r.status = 500;
      r.set_content("<html><body>Internal Server Error</body></html>", "text/html");
    });
    h.Get("/hang", [](const httplib::Request&, httplib::Response& r) {
      std::this_thread::sleep_for(std::chrono::seconds(3));
      r.set_content("late", "application/pkix-crl");
    });
    h.Get("/html", [](const httplib::Request&, httplib::Response& r) {
      r.set_content("<!doctype html><html><body><h1>Maintenance</h1></body></html>", "text/html");
    });
    return server_.Start();
  }
  std::string Url(const std::string& path) const { return server_.Url(path); }

 private:
  cair::monitor::testpki::LoopbackServer server_;
};

std::multiset<std::string> Kinds(const std::string& json_text) {
  std::multiset<std::string> k;
  auto j = nlohmann::json::parse(json_text, nullptr, false);
  if (j.is_discarded() || !j.contains("findings")) return {"(not JSON: " + json_text + ")"};
  for (const auto& f : j["findings"]) k.insert(f["kind"].get<std::string>());
  return k;
}

class MonitorCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    pki_ = new TestPki;
    ok_ = pki_->Make(fs::temp_directory_path() / ("cair_monitor_cli_" + std::to_string(getpid())));
  }
  static void TearDownTestSuite() { delete pki_; }
  void SetUp() override {
    if (!ok_) GTEST_SKIP() << pki_->Failure();
    db_ = (pki_->dir / (std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + ".db")).string();
  }
  static std::string P(const std::string& f) { return (pki_->dir / f).string(); }
  static bool Openssl(OpensslResponder* r, const std::string& index, int port = 0) {
    return r->Start(pki_->dir, {"-index", index, "-CA", "ca.pem", "-rsigner", "ocsp.pem", "-rkey", "ocsp.key", "-ndays", "4"},
                    port);
  }
  std::string Config(const std::vector<std::string>& crl_urls, const std::string& ocsp_url, int interval = 300) {
    std::string c = "interval = " + std::to_string(interval) + "\ntimeout = 1\n\n[[issuer]]\ncert = \"ca.pem\"\ncrl_urls = [";
    for (size_t i = 0; i < crl_urls.size(); ++i) c += (i ? ", \"" : "\"") + crl_urls[i] + "\"";
    c += "]\nocsp_urls = [\"" + ocsp_url + "\"]\ncerts = [\"good.pem\"]\nunissued = 2\nhashes = [\"sha1\", \"sha256\"]\n";
    const std::string path = P("monitor_" + std::to_string(configs_++) + ".toml");
    Spit(path, c);
    return path;
  }

  static TestPki* pki_;
  static bool ok_;
  std::string db_;
  int configs_ = 0;
};
TestPki* MonitorCliTest::pki_ = nullptr;
bool MonitorCliTest::ok_ = false;

TEST_F(MonitorCliTest, OcspControlIsCleanAndExitsZero) {
  OpensslResponder r;
  ASSERT_TRUE(Openssl(&r, "index.txt", pki_->aia_port));
  auto run = Cair("monitor ocsp --issuer-cert " + P("ca.pem") + " --certs " + P("good.pem") + " --crl " + P("ca.crl") +
                  " --unissued 3 --method both --hash both --json --db " + db_);
  EXPECT_EQ(run.code, 0) << run.err;
  EXPECT_TRUE(Kinds(run.out).empty()) << run.out;
  EXPECT_NE(run.err.find("6 serials, 24 requests, 0 findings"), std::string::npos) << run.err;
}

TEST_F(MonitorCliTest, OcspGoodForRevokedExitsOneWithTheRequest) {
  OpensslResponder r;
  ASSERT_TRUE(Openssl(&r, "index_issued.txt"));
  auto run = Cair("monitor ocsp --issuer-cert " + P("ca.pem") + " --url " + r.url() + " --crl " + P("ca.der.crl") +
                  " --json --db " + db_);
  EXPECT_EQ(run.code, 1) << run.err;
  auto j = nlohmann::json::parse(run.out);
  ASSERT_EQ(j["findings"].size(), 2u) << run.out;
  for (const auto& f : j["findings"]) {
    EXPECT_EQ(f["kind"], "ocsp-good-for-revoked");
    EXPECT_EQ(f["issuer"], "CN=Monitor Test CA");
    EXPECT_EQ(f["crl_number"], "1");
    EXPECT_EQ(f["request"].get<std::string>().rfind("POST " + r.url() + " CertID(sha1, serial 100", 0), 0u) << f["request"];
  }
  // Into an incident of kind crl-ocsp, and its preliminary report.
  auto open = Cair("monitor open-incident --title 'Example CA: OCSP good for revoked serials' --db " + db_);
  ASSERT_EQ(open.code, 0) << open.err;
  const std::string id = open.out.substr(0, open.out.find_first_of("\r\n"));
  auto report = Cair("report " + id + " --kind preliminary --db " + db_);
  EXPECT_EQ(report.code, 0) << report.err;
  EXPECT_NE(report.out.find("ocsp-good-for-revoked"), std::string::npos) << report.out;
  EXPECT_NE(report.out.find(r.url()), std::string::npos) << report.out;
}

TEST_F(MonitorCliTest, OcspBadInputIsNamedAndTheRestStillProbed) {
  OpensslResponder r;
  ASSERT_TRUE(Openssl(&r, "index.txt"));
  auto run = Cair("monitor ocsp --issuer-cert " + P("ca.pem") + " --url " + r.url() + " --certs " + P("missing.pem") + " " +
                  P("rogue.pem") + " " + P("good.pem") + " --json --db " + db_);
  EXPECT_EQ(run.code, 3) << run.err;
  EXPECT_NE(run.err.find("missing.pem: cannot open"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("rogue.pem #1: serial"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("1 serials, 1 requests, 0 findings"), std::string::npos) << run.err;
  EXPECT_EQ(Cair("monitor ocsp --issuer-cert " + P("ca.pem") + " --url " + r.url() + " --unissued 1 --method put --db " + db_)
                .code,
            2);
  EXPECT_EQ(Cair("monitor ocsp --issuer-cert " + P("ca.crl") + " --url " + r.url() + " --unissued 1 --db " + db_).code, 3);
}

// One round over a correct CRL URL and responder: nothing found, exit 0.
TEST_F(MonitorCliTest, RunOnceControl) {
  CrlServer crls;
  ASSERT_TRUE(crls.Start(Slurp(pki_->dir / "ca.der.crl")));
  OpensslResponder r;
  ASSERT_TRUE(Openssl(&r, "index.txt"));
  auto run = Cair("monitor run --once --json --config " + Config({crls.Url("/ca.crl")}, r.url()) + " --db " + db_);
  EXPECT_EQ(run.code, 0) << run.err;
  EXPECT_TRUE(Kinds(run.out).empty()) << run.out;
  // good.pem, two revoked, two random; POST and GET; SHA-1 and SHA-256.
  EXPECT_NE(run.err.find("1 CRL downloads (0 failed), 20 OCSP requests (0 unanswered), 0 findings"), std::string::npos)
      << run.err;
}

// CRL URLs that fail each become a finding; the round goes on to the good CRL
// and the responder, and everything is in the store for the next command.
TEST_F(MonitorCliTest, RunOnceCrlFailuresAreFindings) {
  CrlServer crls;
  ASSERT_TRUE(crls.Start(Slurp(pki_->dir / "ca.der.crl")));
  OpensslResponder r;
  ASSERT_TRUE(Openssl(&r, "index_issued.txt"));  // never learned of the revocations
  const std::string refused = "http://127.0.0.1:" + std::to_string(cair::monitor::testpki::FreePort()) + "/ca.crl";
  const std::string config =
      Config({crls.Url("/ca.crl"), crls.Url("/500"), crls.Url("/hang"), crls.Url("/html"), refused}, r.url());
  auto run = Cair("monitor run --once --json --config " + config + " --db " + db_);
  EXPECT_EQ(run.code, 1) << run.err;
  auto k = Kinds(run.out);
  EXPECT_EQ(k.count("crl-http-error"), 2u) << run.out;  // HTTP 500; connection refused
  EXPECT_EQ(k.count("crl-timeout"), 1u) << run.out;
  EXPECT_EQ(k.count("crl-unparsable"), 1u) << run.out;
  EXPECT_EQ(k.count("ocsp-good-for-revoked"), 8u) << run.out;  // two serials x GET/POST x SHA-1/SHA-256
  EXPECT_NE(run.err.find("5 CRL downloads (4 failed)"), std::string::npos) << run.err;
}

TEST_F(MonitorCliTest, RunStopsCleanlyOnSigterm) {
  CrlServer crls;
  ASSERT_TRUE(crls.Start(Slurp(pki_->dir / "ca.der.crl")));
  OpensslResponder r;
  ASSERT_TRUE(Openssl(&r, "index.txt"));
  const std::string config = Config({crls.Url("/ca.crl")}, r.url(), 1);
  const std::string err = P("run_stderr.txt");
  pid_t pid = fork();
  if (pid == 0) {
    int fd = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(fd, 2);
    int null = open("/dev/null", O_WRONLY);
    dup2(null, 1);
    execl(CAIR_BINARY, CAIR_BINARY, "monitor", "run", "--config", config.c_str(), "--db", db_.c_str(), nullptr);
    _exit(127);
  }
  // Two rounds, then SIGTERM.
  for (int i = 0; i < 200 && Slurp(err).find("round 2 ") == std::string::npos; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  kill(pid, SIGTERM);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status)) << Slurp(err);
  EXPECT_EQ(WEXITSTATUS(status), 0) << Slurp(err);
  EXPECT_NE(Slurp(err).find("stopped by a signal after round"), std::string::npos) << Slurp(err);
}

TEST_F(MonitorCliTest, RunRefusesABadConfigNamingTheField) {
  Spit(P("bad.toml"), "interval = 60\n[[issuer]]\ncert = \"ca.pem\"\ncrl_urls = [\"ftp://x/ca.crl\"]\n");
  auto run = Cair("monitor run --once --config " + P("bad.toml") + " --db " + db_);
  EXPECT_EQ(run.code, 2);
  EXPECT_NE(run.err.find("issuer[1].crl_urls: \"ftp://x/ca.crl\" is not an http:// or https:// URL"), std::string::npos)
      << run.err;
  Spit(P("bad2.toml"), "interval = \"often\"\n");
  run = Cair("monitor run --once --config " + P("bad2.toml") + " --db " + db_);
  EXPECT_EQ(run.code, 2);
  EXPECT_NE(run.err.find(".interval: expected an integer"), std::string::npos) << run.err;
}

// `cair serve`'s "Revocation health" pages and metrics in headless Chromium
// (tests/browser/revocation.mjs) over what one round recorded; skipped with a
// message when Chromium, Node.js or playwright-core (scripts/deps.sh) is absent.
TEST_F(MonitorCliTest, RevocationHealthInChromium) {
  const std::string skip = cair::browsertest::SkipReason();
  if (!skip.empty()) GTEST_SKIP() << skip;
  CrlServer crls;
  ASSERT_TRUE(crls.Start(Slurp(pki_->dir / "ca.der.crl")));
  OpensslResponder r;
  ASSERT_TRUE(Openssl(&r, "index.txt"));
  auto run = Cair("monitor run --once --config " + Config({crls.Url("/ca.crl"), crls.Url("/500")}, r.url()) + " --db " + db_);
  ASSERT_EQ(run.code, 1) << run.err;
  auto node = cair::browsertest::Node(std::string(CAIR_SOURCE_DIR) + "/tests/browser/revocation.mjs",
                                      std::string(CAIR_BINARY) + " " + db_ + " 'CN=Monitor Test CA' " +
                                          cair::browsertest::PlaywrightDir());
  EXPECT_TRUE(node.ok) << node.out;
  EXPECT_NE(node.out.find(" passed, 0 failed"), std::string::npos) << node.out;
}

}  // namespace
