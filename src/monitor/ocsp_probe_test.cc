// The OCSP prober against real responders: `openssl ocsp -index` on loopback
// (correct, un-revoked, mismatching, undelegated, rogue, long-lived), and an
// in-process responder that misbehaves in the ways `openssl ocsp` never does
// (good for everything, bad signature, wrong Content-Type, garbage, HTTP 500,
// a hang, tryLater, a too-short validity) plus a listener that closes every
// connection. Every finding kind of the prober is produced here, and none on
// the controls.
#include "monitor/ocsp_probe.h"

#include <gtest/gtest.h>
#include <openssl/ocsp.h>
#include <openssl/pem.h>

#include <atomic>
#include <memory>
#include <ctime>
#include <map>
#include <thread>

#include "monitor/ocsp_targets.h"
#include "monitor/ocsp_test_pki.h"
#include "x509/input.h"

namespace cair::monitor {
namespace {

using testpki::OpensslResponder;
using testpki::Slurp;
using testpki::Spit;
using testpki::TestPki;
namespace fs = std::filesystem;

// An OCSP responder that misbehaves on request: the first path segment is
// the mode (POST /MODE, GET /MODE/BASE64).
class FakeResponder {
 public:
  bool Start(const fs::path& dir) {
    FILE* f = std::fopen((dir / "ca.pem").c_str(), "r");
    if (!f) return false;
    ca_.reset(PEM_read_X509(f, nullptr, nullptr, nullptr));
    std::fclose(f);
    f = std::fopen((dir / "ca.key").c_str(), "r");
    if (!f) return false;
    key_.reset(PEM_read_PrivateKey(f, nullptr, nullptr, nullptr));
    std::fclose(f);
    if (!ca_ || !key_) return false;
    server_.http().Post(R"(/([a-z0-9-]+))", [this](const httplib::Request& q, httplib::Response& r) {
      Answer(q.matches[1], q.body, r);
    });
    server_.http().Get(R"(/([a-z0-9-]+)/(.+))", [this](const httplib::Request& q, httplib::Response& r) {
      auto der = x509::DecodeBase64(q.matches[2].str());
      Answer(q.matches[1], der ? *der : "", r);
    });
    return server_.Start();
  }
  std::string Url(const std::string& mode) const { return server_.Url("/" + mode); }

 private:
  void Answer(const std::string& mode, const std::string& request, httplib::Response& res) {
    if (mode == "http500") {
      res.status = 500;
      res.set_content("internal error", "text/plain");
      return;
    }
    if (mode == "hang") std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    if (mode == "garbage") {
      res.set_content(std::string("\x30\x82\x01\x00\x0a\x01\x00garbage", 14), "application/ocsp-response");
      return;
    }
    OCSP_RESPONSE* resp = nullptr;
    if (mode == "trylater") {
      resp = OCSP_response_create(OCSP_RESPONSE_STATUS_TRYLATER, nullptr);
    } else {
      const unsigned char* p = reinterpret_cast<const unsigned char*>(request.data());
      OCSP_REQUEST* req = d2i_OCSP_REQUEST(nullptr, &p, static_cast<long>(request.size()));
      if (!req) {
        res.status = 400;
        return;
      }
      OCSP_BASICRESP* bs = OCSP_BASICRESP_new();
      ASN1_TIME* this_update = X509_gmtime_adj(nullptr, 0);
      ASN1_TIME* next_update = X509_gmtime_adj(nullptr, mode == "short" ? 3600 : 4 * 86400);
      for (int i = 0; i < OCSP_request_onereq_count(req); ++i)
        OCSP_basic_add1_status(bs, OCSP_onereq_get0_id(OCSP_request_onereq_get0(req, i)), V_OCSP_CERTSTATUS_GOOD, 0,
                               nullptr, this_update, next_update);
      OCSP_basic_sign(bs, ca_.get(), key_.get(), EVP_sha256(), nullptr, OCSP_NOCERTS);
      resp = OCSP_response_create(OCSP_RESPONSE_STATUS_SUCCESSFUL, bs);
      ASN1_TIME_free(this_update);
      ASN1_TIME_free(next_update);
      OCSP_BASICRESP_free(bs);
      OCSP_REQUEST_free(req);
    }
    unsigned char* der = nullptr;
    int n = i2d_OCSP_RESPONSE(resp, &der);
    std::string body(reinterpret_cast<char*>(der), n);
    OPENSSL_free(der);
    OCSP_RESPONSE_free(resp);
    // With OCSP_NOCERTS the signature BIT STRING ends the response.
    if (mode == "badsig") body.back() ^= 0x01;
    res.set_content(body, mode == "wrongtype" ? "text/plain" : "application/ocsp-response");
  }

  std::unique_ptr<X509, void (*)(X509*)> ca_{nullptr, X509_free};
  std::unique_ptr<EVP_PKEY, void (*)(EVP_PKEY*)> key_{nullptr, EVP_PKEY_free};
  testpki::LoopbackServer server_;  // last: stopped first, before what its handlers use goes
};

// Accepts connections and closes them without answering.
class ClosingListener {
 public:
  bool Start() {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || listen(fd_, 16) != 0 ||
        getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len) != 0)
      return false;
    port_ = ntohs(a.sin_port);
    thread_ = std::thread([this] {
      while (true) {
        int c = accept(fd_, nullptr, nullptr);
        if (c < 0) return;
        char buf[512];
        (void)!read(c, buf, sizeof buf);
        close(c);
      }
    });
    return true;
  }
  ~ClosingListener() {
    shutdown(fd_, SHUT_RDWR);
    close(fd_);
    if (thread_.joinable()) thread_.join();
  }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/"; }

 private:
  int fd_ = -1, port_ = 0;
  std::thread thread_;
};

class OcspProbeTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    pki_ = new TestPki;
    ok_ = pki_->Make(fs::temp_directory_path() / ("cair_ocsp_probe_" + std::to_string(getpid())));
  }
  static void TearDownTestSuite() { delete pki_; }
  void SetUp() override {
    if (!ok_) GTEST_SKIP() << pki_->Failure();
  }
  static std::string Der(const std::string& file) {
    auto d = x509::DecodeObjects(Slurp(pki_->dir / file), x509::InputFormat::kDetect);
    return d.objects.empty() ? "" : d.objects.front().der;
  }
  // The leaves, the CRL's revoked serials and `unissued` random serials, asked
  // of `url` ("" for the leaves' AIA URL).
  static std::vector<OcspTarget> Targets(const std::string& url, int unissued, bool leaves = true, bool crl = true) {
    TargetBuilder b(Der("ca.pem"), url);
    if (leaves) {
      EXPECT_TRUE(b.AddCertificates(Slurp(pki_->dir / "good.pem"), "good.pem"));
    }
    if (crl) {
      EXPECT_TRUE(b.AddCrl(Der("ca.crl"), "ca.crl"));
    }
    if (unissued) {
      EXPECT_TRUE(b.AddUnissued(unissued));
    }
    for (const auto& e : b.errors()) ADD_FAILURE() << e;
    return b.targets();
  }
  static OcspProbeResult Probe(const std::vector<OcspTarget>& targets, int64_t now = 0, long timeout_ms = 5000) {
    OcspProbeOptions opt;
    opt.methods = {OcspMethod::kPost, OcspMethod::kGet};
    opt.hashes = {CertIdHash::kSha1, CertIdHash::kSha256};
    opt.fetch.timeout_ms = timeout_ms;
    opt.now = now;
    return ProbeOcsp(Der("ca.pem"), targets, opt);
  }
  // An `openssl ocsp` responder over `index` signed by `signer`.
  static bool Openssl(OpensslResponder* r, const std::string& index, const std::string& signer,
                      std::vector<std::string> extra = {"-ndays", "4"}, int port = 0) {
    std::vector<std::string> args = {"-index", index, "-CA", "ca.pem", "-rsigner", signer + ".pem", "-rkey", signer + ".key"};
    args.insert(args.end(), extra.begin(), extra.end());
    return r->Start(pki_->dir, args, port);
  }
  static std::map<std::string, int> Kinds(const OcspProbeResult& r) {
    std::map<std::string, int> k;
    for (const auto& f : r.findings) ++k[f.kind];
    return k;
  }
  static std::string Dump(const OcspProbeResult& r) {
    std::string s;
    for (const auto& f : r.findings) s += f.kind + ": " + f.detail + "\n";
    return s;
  }

  static TestPki* pki_;
  static bool ok_;
};
TestPki* OcspProbeTest::pki_ = nullptr;
bool OcspProbeTest::ok_ = false;

// Control: a correct responder (delegated, with id-kp-OCSPSigning) at the
// leaves' AIA URL answers POST and GET, SHA-1 and SHA-256 CertIDs; nothing is
// found, and each answer is the one the CA's records call for.
TEST_F(OcspProbeTest, CorrectResponderYieldsNoFinding) {
  OpensslResponder r;
  ASSERT_TRUE(Openssl(&r, "index.txt", "ocsp", {"-ndays", "4"}, pki_->aia_port)) << "openssl ocsp did not start";
  auto targets = Targets("", 3);
  ASSERT_EQ(targets.size(), 6u);  // good, two revoked, three random
  EXPECT_EQ(targets[0].url, r.url());
  auto res = Probe(targets);
  EXPECT_TRUE(res.findings.empty()) << Dump(res);
  ASSERT_EQ(res.observations.size(), 24u);
  std::map<std::string, int> statuses;
  for (const auto& o : res.observations) {
    ++statuses[o.cert_status];
    EXPECT_EQ(o.http_status, 200) << o.request;
  }
  EXPECT_EQ(statuses["good"], 4);
  EXPECT_EQ(statuses["revoked"], 8);
  EXPECT_EQ(statuses["unknown"], 12);
}

TEST_F(OcspProbeTest, GoodForRevokedWhenTheResponderNeverLearnedOfTheRevocation) {
  OpensslResponder r;
  ASSERT_TRUE(Openssl(&r, "index_issued.txt", "ocsp"));
  auto res = Probe(Targets(r.url(), 0));
  auto k = Kinds(res);
  EXPECT_EQ(k["ocsp-good-for-revoked"], 8) << Dump(res);  // two serials, four requests each
  EXPECT_EQ(k.size(), 1u) << Dump(res);
  const Finding& f = res.findings.front();
  EXPECT_EQ(f.issuer, "CN=Monitor Test CA");
  EXPECT_TRUE(f.serial == "1001" || f.serial == "1002");
  EXPECT_EQ(f.crl_number, "1");
  EXPECT_NE(f.request.find("OCSPRequest(base64) "), std::string::npos) << f.request;
  EXPECT_EQ(f.url, r.url());
  EXPECT_NE(f.rule.find("BR 4.10.1"), std::string::npos);
}

TEST_F(OcspProbeTest, RevocationMismatchOnReasonAndTime) {
  std::string index = Slurp(pki_->dir / "index.txt");
  size_t kc = index.find(",keyCompromise");
  ASSERT_NE(kc, std::string::npos);
  index.replace(kc, 14, ",affiliationChanged");
  size_t sup = index.find(",superseded");
  ASSERT_NE(sup, std::string::npos);
  index.replace(sup - 13, 13, "260101000000Z");  // the revocation date of 1002
  Spit(pki_->dir / "index_mismatch.txt", index);
  OpensslResponder r;
  ASSERT_TRUE(Openssl(&r, "index_mismatch.txt", "ocsp"));
  auto res = Probe(Targets(r.url(), 0, false));
  auto k = Kinds(res);
  EXPECT_EQ(k["ocsp-revocation-mismatch"], 8) << Dump(res);
  EXPECT_EQ(k.size(), 1u) << Dump(res);
  bool reason = false, time = false;
  for (const auto& f : res.findings) {
    reason |= f.serial == "1001" && f.detail.find("revocationReason") != std::string::npos;
    time |= f.serial == "1002" && f.detail.find("revocationTime 2026-01-01T00:00:00Z") != std::string::npos;
  }
  EXPECT_TRUE(reason) << Dump(res);
  EXPECT_TRUE(time) << Dump(res);
}

TEST_F(OcspProbeTest, DelegatedResponderWithoutOcspSigningIsUnauthorized) {
  OpensslResponder r;
  ASSERT_TRUE(Openssl(&r, "index.txt", "noeku"));
  auto res = Probe(Targets(r.url(), 0, true, false));
  auto k = Kinds(res);
  EXPECT_EQ(k["ocsp-responder-unauthorized"], 4) << Dump(res);
  EXPECT_EQ(k.size(), 1u) << Dump(res);
  EXPECT_NE(res.findings.front().detail.find("no id-kp-OCSPSigning"), std::string::npos);
}

TEST_F(OcspProbeTest, ResponderCertifiedByAnotherCaIsUnauthorized) {
  OpensslResponder r;
  ASSERT_TRUE(Openssl(&r, "index.txt", "rogue"));
  auto res = Probe(Targets(r.url(), 0, true, false));
  auto k = Kinds(res);
  EXPECT_EQ(k["ocsp-responder-unauthorized"], 4) << Dump(res);
  EXPECT_EQ(k.size(), 1u) << Dump(res);
  EXPECT_NE(res.findings.front().detail.find("is not issued by the CA"), std::string::npos);
}

TEST_F(OcspProbeTest, ValidityLongerThanTenDaysOrWithoutNextUpdate) {
  OpensslResponder thirty, none;
  ASSERT_TRUE(Openssl(&thirty, "index.txt", "ocsp", {"-ndays", "30"}));
  ASSERT_TRUE(Openssl(&none, "index.txt", "ocsp", {}));
  auto res = Probe(Targets(thirty.url(), 0, true, false));
  EXPECT_EQ(Kinds(res)["ocsp-validity-too-long"], 4) << Dump(res);
  EXPECT_EQ(Kinds(res).size(), 1u) << Dump(res);
  res = Probe(Targets(none.url(), 0, true, false));
  EXPECT_EQ(Kinds(res)["ocsp-validity-too-long"], 4) << Dump(res);
  EXPECT_NE(res.findings.front().detail.find("no nextUpdate"), std::string::npos);
}

// BR 4.9.10: a 7-day answer must be refreshed within 4 days of thisUpdate;
// a 4-day answer seen 5 days on has expired.
TEST_F(OcspProbeTest, StaleAnswers) {
  OpensslResponder seven, four;
  ASSERT_TRUE(Openssl(&seven, "index.txt", "ocsp", {"-ndays", "7"}));
  ASSERT_TRUE(Openssl(&four, "index.txt", "ocsp", {"-ndays", "4"}));
  const int64_t later = static_cast<int64_t>(std::time(nullptr)) + 5 * 86400;
  auto res = Probe(Targets(seven.url(), 0, true, false), later);
  EXPECT_EQ(Kinds(res)["ocsp-stale"], 4) << Dump(res);
  EXPECT_EQ(Kinds(res).size(), 1u) << Dump(res);
  EXPECT_NE(res.findings.front().detail.find("more than 4 days after"), std::string::npos);
  res = Probe(Targets(four.url(), 0, true, false), later);
  EXPECT_EQ(Kinds(res)["ocsp-stale"], 4) << Dump(res);
  EXPECT_NE(res.findings.front().detail.find("expired"), std::string::npos);
  // The same responder, judged now: fresh.
  EXPECT_TRUE(Probe(Targets(seven.url(), 0, true, false)).findings.empty());
}

// A responder signed directly by the CA that says "good" to everything: right
// for an issued certificate, wrong for a serial never issued.
TEST_F(OcspProbeTest, GoodForUnissued) {
  FakeResponder fake;
  ASSERT_TRUE(fake.Start(pki_->dir));
  auto issued = Probe(Targets(fake.Url("good-all"), 0, true, false));
  EXPECT_TRUE(issued.findings.empty()) << Dump(issued);
  auto res = Probe(Targets(fake.Url("good-all"), 2, false, false));
  EXPECT_EQ(Kinds(res)["ocsp-good-for-unissued"], 8) << Dump(res);
  EXPECT_EQ(Kinds(res).size(), 1u) << Dump(res);
  EXPECT_EQ(res.findings.front().rule, "BR 4.9.10");
}

TEST_F(OcspProbeTest, MisbehavingResponders) {
  FakeResponder fake;
  ASSERT_TRUE(fake.Start(pki_->dir));
  ClosingListener closing;
  ASSERT_TRUE(closing.Start());
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"badsig", "ocsp-signature-invalid"},     {"wrongtype", "ocsp-wrong-content-type"},
      {"garbage", "ocsp-malformed"},            {"http500", "ocsp-http-error"},
      {"hang", "ocsp-timeout"},                 {"trylater", "ocsp-error-status"},
      {"short", "ocsp-validity-too-short"},     {"", "ocsp-http-error"},
  };
  for (const auto& [mode, kind] : cases) {
    SCOPED_TRACE(mode.empty() ? "closing listener" : mode);
    const std::string url = mode.empty() ? closing.url() : fake.Url(mode);
    auto res = Probe(Targets(url, 0, true, false), 0, 400);
    auto k = Kinds(res);
    EXPECT_EQ(k[kind], 4) << Dump(res);
    EXPECT_EQ(k.size(), 1u) << Dump(res);
    EXPECT_EQ(res.observations.size(), 4u);
    for (const auto& f : res.findings) EXPECT_FALSE(f.request.empty());
  }
}

TEST_F(OcspProbeTest, TargetsRefuseForeignInput) {
  TargetBuilder b(Der("ca.pem"), "");
  EXPECT_FALSE(b.AddCertificates(Slurp(pki_->dir / "rogue.pem"), "rogue.pem"));  // issued by Other CA
  EXPECT_FALSE(b.AddCrl("not a crl", "junk.crl"));
  EXPECT_FALSE(b.AddUnissued(1));  // no responder known yet
  EXPECT_EQ(b.errors().size(), 3u);
  EXPECT_TRUE(b.targets().empty());
}

}  // namespace
}  // namespace cair::monitor
