// End-to-end tests of `cair serve`: the server runs in-process on an
// ephemeral port over a temporary store; `cair halt` and `cair token create`
// run as the real binary against the same store, as an operator would.
#include <arpa/inet.h>
#include <ifaddrs.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <openssl/evp.h>
#include <sys/socket.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "browser_util.h"
#include "loopback.h"
#include "der/input.h"
#include "incident/rules.h"
#include "incident/store.h"
#include "server/server.h"
#include "server/tokens.h"
#include "x509/certificate.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Base64(const std::string& der) {
  std::string out(4 * ((der.size() + 2) / 3) + 1, '\0');
  int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), reinterpret_cast<const unsigned char*>(der.data()),
                          static_cast<int>(der.size()));
  out.resize(static_cast<size_t>(n));
  return out;
}

std::string Sample(const std::string& name) { return Slurp(fs::path(CAIR_SOURCE_DIR) / "samples" / name); }

// The PEM blocks of a file, in order.
std::vector<std::string> PemBlocks(const std::string& pem) {
  std::vector<std::string> out;
  size_t at = 0;
  while ((at = pem.find("-----BEGIN ", at)) != std::string::npos) {
    size_t end = pem.find("-----END ", at);
    end = pem.find('\n', end);
    out.push_back(pem.substr(at, end + 1 - at));
    at = end;
  }
  return out;
}

struct CairRun {
  int code;
  std::string out, err;
};

CairRun Cair(const std::string& args) {
  static int counter = 0;
  std::string err_path = fs::temp_directory_path() / ("cair_server_test_" + std::to_string(getpid()) + "_" +
                                                      std::to_string(counter++));
  std::string cmd = std::string(CAIR_BINARY) + " " + args + " </dev/null 2>" + err_path;
  CairRun r{};
  FILE* p = popen(cmd.c_str(), "r");
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int status = pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.err = Slurp(err_path);
  fs::remove(err_path);
  return r;
}

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

// Sends raw bytes on a fresh connection and returns whatever comes back.
std::string RawExchange(int port, const std::string& bytes) {
  int fd = cair::testing_util::ConnectLoopback(port);
  if (fd < 0) return "";
  (void)!write(fd, bytes.data(), bytes.size());
  // Not half-closed: the server does not answer a peer that stopped
  // sending. Read until the response's headers are in, or 5 s.
  timeval tv{5, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  std::string out;
  char buf[4096];
  ssize_t n;
  while (out.find("\r\n\r\n") == std::string::npos && (n = read(fd, buf, sizeof buf)) > 0)
    out.append(buf, static_cast<size_t>(n));
  close(fd);
  return out;
}

class Serve : public testing::Test {
 protected:
  // 2026-01-10T10:00:00Z: the server's fixed "now".
  static constexpr int64_t kNow = 1768039200;

  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("cair_serve_" + std::to_string(getpid()) + "_" +
                                         testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = (dir_ / "cair.db").string();
    auto store = cair::incident::Store::Open(db_);
    ASSERT_TRUE(store.ok()) << store.status().message();
    // Aware 5 days before now: the 72-hour first-disclosure clock is overdue.
    cair::incident::Incident in;
    in.title = "Example CA: <script>alert(1)</script> in ST";
    in.aware_at = kNow - 5 * 86400;
    auto id = (*store)->OpenIncident(in, in.aware_at);
    ASSERT_TRUE(id.ok()) << id.status().message();
    incident_ = *id;
    (*store)->AddTimeline(incident_, kNow - 4 * 86400, "Root cause found: template default ST", "analyst");
    cair::incident::ActionItem a;
    a.incident_id = incident_;
    a.action = "Remove ST default from the template";
    a.kind = "Prevent";
    a.root_cause = "template";
    a.criteria = "no ST=Some-State issued";
    a.due_at = kNow + 7 * 86400;
    auto item = (*store)->AddActionItem(a, kNow - 3 * 86400);
    ASSERT_TRUE(item.ok()) << item.status().message();
    action_item_ = *item;
    StartServer();
  }
  void StartServer(std::set<std::string> ignored = {}) {
    cair::server::ServerOptions o;
    o.port = 0;
    o.db = db_;
    o.now = kNow;
    o.max_body = 64 * 1024;
    o.threads = 4;
    o.ignored_lints = std::move(ignored);
    log_path_ = (dir_ / "access.log").string();
    log_ = std::fopen(log_path_.c_str(), "w");
    o.access_log = log_;
    auto s = cair::server::Server::Create(std::move(o));
    ASSERT_TRUE(s.ok()) << s.status().message();
    server_ = std::move(*s);
    thread_ = std::thread([this] { server_->Run(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
    for (int i = 0; i < 200 && !client_->Get("/healthz"); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  void StopServer() {
    if (!server_) return;
    server_->Stop();
    thread_.join();
    server_.reset();
    std::fclose(log_);
  }
  void TearDown() override {
    StopServer();
    fs::remove_all(dir_);
  }
  httplib::Result Post(const std::string& path, const std::string& body, const std::string& type,
                       const httplib::Headers& headers = {}) {
    return client_->Post(path.c_str(), headers, body, type.c_str());
  }
  json Json(const httplib::Result& r) {
    if (!r) return json();
    return json::parse(r->body, nullptr, false);
  }
  void ExpectServing() {
    auto r = client_->Get("/healthz");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
  }
  // 4xx with a JSON body {"error": message mentioning `words`}.
  void ExpectRefused(const httplib::Result& r, int status, const std::string& words) {
    ASSERT_TRUE(r) << "no response";
    EXPECT_EQ(r->status, status) << r->body;
    auto j = json::parse(r->body, nullptr, false);
    ASSERT_TRUE(j.is_object()) << r->body;
    ASSERT_TRUE(j.contains("error")) << r->body;
    EXPECT_NE(j["error"].get<std::string>().find(words), std::string::npos) << j["error"];
    ExpectServing();
  }
  std::string Db() const { return "--db " + db_; }
  std::string CreateToken(const std::string& name) {
    CairRun r = Cair("token create --name " + name + " " + Db());
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(std::regex_match(Trim(r.out), std::regex("cair_[0-9a-f]{64}"))) << r.out;
    return Trim(r.out);
  }
  static httplib::Headers Bearer(const std::string& token) { return {{"Authorization", "Bearer " + token}}; }
  // The authorityKeyIdentifier of samples/good.tbs.der, as the gate sees it.
  std::string GoodTbsAki() {
    std::string der = Sample("good.tbs.der");
    auto c = cair::x509::ParseTbsCertificate(cair::der::Input(std::string_view(der)));
    EXPECT_TRUE(c.ok() && c.aki.has_key_id);
    return cair::der::HexUpper(c.aki.key_id);
  }
  std::string Gate(const std::string& query = "") {
    auto r = Post("/v1/gate" + query, Sample("good.tbs.der"), "application/pkix-cert");
    EXPECT_TRUE(r);
    if (!r) return "";
    EXPECT_EQ(r->status, 200) << r->body;
    return Json(r)["decision"];
  }

  fs::path dir_;
  std::string db_, log_path_;
  std::FILE* log_ = nullptr;
  int64_t incident_ = 0, action_item_ = 0;
  std::unique_ptr<cair::server::Server> server_;
  std::thread thread_;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(Serve, MalformedRequestsGet4xxWithAMessageAndTheServerKeepsServing) {
  const std::string tbs = Sample("good.tbs.der");
  // Truncated DER, as a certificate and as a TBS.
  ExpectRefused(Post("/v1/gate", tbs.substr(0, tbs.size() / 2), "application/pkix-cert"), 422, "truncated");
  ExpectRefused(Post("/v1/lint", tbs.substr(0, 40), "application/pkix-cert"), 422, "cannot parse");
  ExpectRefused(Post("/v1/lint", "", "application/pkix-cert"), 400, "empty request body");
  // A body over --max-body (64 KiB here).
  ExpectRefused(Post("/v1/lint", std::string(200 * 1024, '\x30'), "application/pkix-cert"), 413, "--max-body");
  ExpectRefused(Post("/v1/gate", std::string(65 * 1024, 'A'), "text/plain"), 413, "larger than the limit");
  // A chunked body of unknown size is not read at all: 411.
  std::string chunked = RawExchange(server_->port(),
                                    "POST /v1/lint HTTP/1.1\r\nHost: x\r\nContent-Type: application/pkix-cert\r\n"
                                    "Transfer-Encoding: chunked\r\n\r\n" + std::string(100000, 'A'));
  EXPECT_NE(chunked.find(" 411 "), std::string::npos) << chunked.substr(0, 200);
  ExpectServing();
  // Wrong content types and formats.
  ExpectRefused(Post("/v1/lint", tbs, "image/png"), 415, "application/pkix-cert");
  ExpectRefused(Post("/v1/gate?format=xml", tbs, "application/pkix-cert"), 400, "format parameter");
  ExpectRefused(Post("/v1/lint", "%%%% not base64 %%%%", "text/plain"), 400, "base64");
  ExpectRefused(Post("/v1/lint", "no pem here", "application/x-pem-file"), 400, "PEM");
  ExpectRefused(Post("/v1/incidents/1/timeline", "{\"text\":\"x\"}", "text/plain"), 403, "read-only");
  ExpectRefused(Post("/v1/lint/pair", tbs, "application/pkix-cert"), 415, "PEM");
  // Garbage JSON and JSON of the wrong shape.
  ExpectRefused(Post("/v1/gate", "{\"tbs\": \"MII", "application/json"), 400, "not valid JSON");
  ExpectRefused(Post("/v1/gate", "[1, 2]", "application/json"), 400, "must be an object");
  ExpectRefused(Post("/v1/gate", "{\"tbs\": 42}", "application/json"), 400, "\"tbs\": expected a string");
  ExpectRefused(Post("/v1/gate", "{\"tbs\": \"!!!\"}", "application/json"), 400, "not base64");
  ExpectRefused(Post("/v1/gate", "{}", "application/json"), 400, "\"tbs\" is required");
  ExpectRefused(Post("/v1/lint/pair", "{\"precertificate\": \"AAAA\"}", "application/json"), 400, "\"certificate\" is required");
  json bad_ski = {{"tbs", Base64(tbs)}, {"issuer_ski", "not-hex"}};
  ExpectRefused(Post("/v1/gate", bad_ski.dump(), "application/json"), 400, "issuer_ski");
  // A CRL is linted, but is not something the gate signs.
  ExpectRefused(Post("/v1/gate", Sample("issuing-ca.crl.pem"), "application/x-pem-file"), 422, "CRL");
  // Two objects where one is expected; wrong methods; unknown routes.
  ExpectRefused(Post("/v1/lint", Sample("subscribers.pem"), "application/x-pem-file"), 400, "expected 1 object");
  ExpectRefused(client_->Get("/v1/gate"), 405, "takes POST");
  ExpectRefused(client_->Get("/v1/no-such-thing"), 404, "no such resource");
  ExpectRefused(client_->Get("/v1/incidents/999999"), 404, "no incident 999999");
  ExpectRefused(client_->Get("/v1/incidents/99999999999999999999999"), 404, "no incident");
  // Bytes that are not HTTP at all.
  std::string raw = RawExchange(server_->port(), "GARBAGE\r\n\r\n");
  EXPECT_NE(raw.find(" 400 "), std::string::npos) << raw;
  ExpectServing();
  // Whatever the method or path, the metrics' labels stay bounded.
  RawExchange(server_->port(), "BREW /v1/pot-42x HTTP/1.1\r\nHost: x\r\n\r\n");
  // (the request is counted right after its response was written)
  std::string metrics;
  for (int i = 0; i < 100; ++i) {
    auto m = client_->Get("/metrics");
    ASSERT_TRUE(m);
    metrics = m->body;
    if (metrics.find("route=\"(other)\",method=\"(other)\",status=\"400\"} 2") != std::string::npos) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_EQ(metrics.find("BREW"), std::string::npos);
  EXPECT_EQ(metrics.find("pot-42x"), std::string::npos);
  EXPECT_NE(metrics.find("route=\"(other)\",method=\"(other)\",status=\"400\"} 2"), std::string::npos) << metrics;
  // A valid request still gets its answer.
  EXPECT_EQ(Gate(), "allow");
}

TEST_F(Serve, HaltedIssuerIsDeniedWithinOneRequestAndAllowedAfterResume) {
  const std::string aki = GoodTbsAki();
  ASSERT_EQ(Gate(), "allow");
  // `cair halt` in another process, then the very next gate request.
  CairRun halt = Cair("halt " + std::to_string(incident_) + " " + Db() + " --issuer-ski " + aki +
                  " --profile ov-tls --reason 'ST placeholder values'");
  ASSERT_EQ(halt.code, 0) << halt.err;
  const std::string halt_id = Trim(halt.out);
  auto r = Post("/v1/gate?profile=ov-tls", Sample("good.tbs.der"), "application/pkix-cert");
  ASSERT_TRUE(r);
  json j = Json(r);
  EXPECT_EQ(j["decision"], "deny") << r->body;
  ASSERT_EQ(j["reasons"].size(), 1u) << r->body;
  EXPECT_EQ(j["reasons"][0]["kind"], "halt");
  EXPECT_EQ(j["reasons"][0]["halt"].get<int64_t>(), std::stoll(halt_id));
  EXPECT_NE(j["reasons"][0]["message"].get<std::string>().find("ST placeholder values"), std::string::npos);
  // The halt is for one profile: another profile is still allowed; an
  // unknown profile (none given) is covered.
  EXPECT_EQ(Gate("?profile=ev-tls"), "allow");
  EXPECT_EQ(Gate(), "deny");
  // The issuer named in JSON by SKI is covered as well.
  json body = {{"tbs", Base64(Sample("good.tbs.der"))}, {"issuer_ski", aki}, {"profile", "ov-tls"}};
  EXPECT_EQ(Json(Post("/v1/gate", body.dump(), "application/json"))["decision"], "deny");

  // Resume through the API: a token is needed, and an override reason.
  const std::string token = CreateToken("oncall");
  ExpectRefused(Post("/v1/halts/" + halt_id + "/resume", "{}", "application/json", Bearer(token)), 422, "override");
  EXPECT_EQ(Gate(), "deny");
  r = Post("/v1/halts/" + halt_id + "/resume", "{\"override\": \"template fixed and redeployed\"}", "application/json",
           Bearer(token));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body;
  EXPECT_NE(Json(r)["resume_evidence"].get<std::string>().find("OVERRIDE"), std::string::npos) << r->body;
  EXPECT_EQ(Gate("?profile=ov-tls"), "allow");
  ExpectRefused(Post("/v1/halts/" + halt_id + "/resume", "{\"override\": \"again\"}", "application/json", Bearer(token)),
                409, "not active");

  // A halt through the API denies the next request too.
  json h = {{"issuer_ski", aki}, {"reason", "second look"}};
  r = Post("/v1/incidents/" + std::to_string(incident_) + "/halt", h.dump(), "application/json", Bearer(token));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 201) << r->body;
  EXPECT_EQ(Gate("?profile=ov-tls"), "deny");

  // Every deny is counted per issuer and lint, in the metrics and on /gate.
  auto m = client_->Get("/metrics");
  ASSERT_TRUE(m);
  EXPECT_NE(m->body.find("cair_gate_denies_total{issuer=\"" + aki + "\",lint=\"halt\"} 5"), std::string::npos) << m->body;
  EXPECT_NE(m->body.find("cair_gate_decisions_total{decision=\"deny\"} 5"), std::string::npos) << m->body;
  EXPECT_NE(m->body.find("cair_halts_active 1"), std::string::npos);
  auto g = client_->Get("/gate");
  ASSERT_TRUE(g);
  EXPECT_NE(g->body.find("<td>" + aki + "</td><td>halt</td><td class=\"count\">5</td>"), std::string::npos) << g->body;
  // The timeline records both halts and the resume with its override.
  auto t = Json(client_->Get(("/v1/incidents/" + std::to_string(incident_) + "/timeline").c_str()));
  std::string all = t.dump();
  EXPECT_NE(all.find("Issuance halted (halt " + halt_id), std::string::npos) << all;
  EXPECT_NE(all.find("OVERRIDE through the API (token \\\"oncall\\\")"), std::string::npos) << all;
}

TEST_F(Serve, LintDeniesAtTheGateAndIsCountedPerIssuerAndLint) {
  // The Some-State certificate of the samples (2nd block) fails
  // e_subject_placeholder_value.
  std::string some_state = PemBlocks(Sample("subscribers.pem"))[1];
  auto r = Post("/v1/gate", some_state, "application/x-pem-file");
  ASSERT_TRUE(r);
  json j = Json(r);
  EXPECT_EQ(j["decision"], "deny") << r->body;
  bool found = false;
  for (const auto& reason : j["reasons"])
    if (reason["kind"] == "lint" && reason["lint"] == "e_subject_placeholder_value") found = true;
  EXPECT_TRUE(found) << r->body;
  auto m = client_->Get("/metrics");
  ASSERT_TRUE(m);
  EXPECT_NE(m->body.find(",lint=\"e_subject_placeholder_value\"} 1"), std::string::npos) << m->body;

  // Ignored lints never deny.
  StopServer();
  StartServer({"e_subject_placeholder_value"});
  j = Json(Post("/v1/gate", some_state, "application/x-pem-file"));
  for (const auto& reason : j["reasons"]) EXPECT_NE(reason.value("lint", ""), "e_subject_placeholder_value") << j;
}

TEST_F(Serve, LintAnswersWhatCairLintPrintsPlusASummary) {
  for (const std::string sample : {"good.tbs.der", "precert.pem", "issuing-ca.crl.pem"}) {
    const std::string path = std::string(CAIR_SOURCE_DIR) + "/samples/" + sample;
    CairRun cli = Cair("lint " + path);
    ASSERT_EQ(cli.code, 0) << cli.err;
    const bool der = sample.size() > 4 && sample.substr(sample.size() - 4) == ".der";
    auto r = Post("/v1/lint", Sample(sample), der ? "application/pkix-cert" : "application/x-pem-file");
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200) << r->body;
    json j = Json(r);
    EXPECT_EQ(j["results"], json::parse(cli.out)) << sample;
    EXPECT_EQ(j["summary"]["lints"].get<size_t>(), j["results"].size());
    EXPECT_EQ(j["object"], sample == "good.tbs.der" ? "tbsCertificate" : sample == "precert.pem" ? "precertificate" : "crl");
  }
  // base64 as text/plain, and ?format= overriding the content type.
  std::string b64 = Base64(Sample("good.tbs.der"));
  auto r = Post("/v1/lint", b64, "text/plain");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body;
  r = Post("/v1/lint?format=base64", b64, "application/octet-stream");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body;
  // A failing certificate: verdict error, naming the lint.
  r = Post("/v1/lint", PemBlocks(Sample("subscribers.pem"))[1], "application/x-pem-file");
  json j = Json(r);
  EXPECT_EQ(j["summary"]["verdict"], "error");
  EXPECT_NE(j["summary"]["errors"].dump().find("e_subject_placeholder_value"), std::string::npos);
}

TEST_F(Serve, PairMatchesAPrecertificateWithItsCertificateOnly) {
  const std::string pre = Sample("precert.pem"), fin = Sample("precert-final.pem");
  auto r = Post("/v1/lint/pair", pre + fin, "application/x-pem-file");
  ASSERT_TRUE(r);
  json j = Json(r);
  EXPECT_EQ(j["match"], true) << r->body;
  EXPECT_TRUE(j["differences"].empty());
  // Order does not matter in PEM: the precertificate is the poisoned one.
  EXPECT_EQ(Json(Post("/v1/lint/pair", fin + pre, "application/x-pem-file"))["match"], true);
  // Another certificate: the differences are named.
  std::string other = PemBlocks(Sample("subscribers.pem"))[0];
  j = Json(Post("/v1/lint/pair", pre + other, "application/x-pem-file"));
  EXPECT_EQ(j["match"], false);
  std::string diffs = j["differences"].dump();
  EXPECT_NE(diffs.find("serialNumber"), std::string::npos) << diffs;
  EXPECT_NE(diffs.find("subject"), std::string::npos) << diffs;
  // Two final certificates: the poison is missing.
  j = Json(Post("/v1/lint/pair", fin + fin, "application/x-pem-file"));
  EXPECT_EQ(j["match"], false);
  EXPECT_NE(j["differences"].dump().find("no CT poison"), std::string::npos) << j;
}

TEST_F(Serve, WritesNeedABearerTokenAndTheServerIsReadOnlyWithoutAny) {
  const std::string path = "/v1/incidents/" + std::to_string(incident_) + "/timeline";
  const std::string entry = "{\"text\": \"Preliminary report posted\", \"at\": \"2026-01-09T12:00:00Z\"}";
  ExpectRefused(Post(path, entry, "application/json"), 403, "read-only");
  ExpectRefused(Post(path, entry, "application/json", Bearer("cair_" + std::string(64, 'a'))), 403, "read-only");
  const std::string token = CreateToken("ops");
  ExpectRefused(Post(path, entry, "application/json"), 401, "Authorization: Bearer");
  ExpectRefused(Post(path, entry, "application/json", Bearer("cair_" + std::string(64, 'a'))), 401, "unknown or revoked");
  ExpectRefused(Post("/v1/action-items/" + std::to_string(action_item_) + "/status", "{\"status\": \"Complete\"}",
                     "application/json"),
                401, "Bearer");
  ExpectRefused(Post(path, entry, "text/plain", Bearer(token)), 415, "application/json");
  ExpectRefused(Post(path, "{\"text\": ", "application/json", Bearer(token)), 400, "not valid JSON");
  ExpectRefused(Post(path, "{\"text\": \"x\", \"at\": \"yesterday\"}", "application/json", Bearer(token)), 400,
                "RFC 3339");
  auto r = Post(path, entry, "application/json", Bearer(token));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 201) << r->body;
  EXPECT_EQ(Json(r)["source"], "ops");
  r = Post("/v1/action-items/" + std::to_string(action_item_) + "/status", "{\"status\": \"Complete\"}", "application/json",
           Bearer(token));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body;
  ExpectRefused(Post("/v1/action-items/" + std::to_string(action_item_) + "/status", "{\"status\": \"Done\"}",
                     "application/json", Bearer(token)),
                400, "Ongoing, Complete");
  ExpectRefused(Post("/v1/action-items/999/status", "{\"status\": \"Complete\"}", "application/json", Bearer(token)), 404,
                "no action item 999");
  ExpectRefused(Post("/v1/incidents/999/timeline", entry, "application/json", Bearer(token)), 404, "no incident 999");
  // The writes are in the store.
  json b = Json(client_->Get(("/v1/incidents/" + std::to_string(incident_)).c_str()));
  EXPECT_NE(b["timeline"].dump().find("Preliminary report posted"), std::string::npos);
  EXPECT_EQ(b["action_items"][0]["status"], "Complete");
  // A revoked token writes no more.
  CairRun rev = Cair("token revoke --name ops " + Db());
  ASSERT_EQ(rev.code, 0) << rev.err;
  ExpectRefused(Post(path, entry, "application/json", Bearer(token)), 403, "read-only");
}

// A failing database is a 503 (its status chosen by the error's code in
// server/http_status.cc), never "no incident" (404) nor a bad request (400).
TEST_F(Serve, ADatabaseFailureIs503NotNotFound) {
  const std::string incident = std::to_string(incident_);
  ASSERT_EQ(client_->Get(("/v1/incidents/" + incident).c_str())->status, 200);
  // Another connection renames the table under the server: every read of an
  // incident now fails inside SQLite ("no such table").
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(db_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "ALTER TABLE incident RENAME TO incident_elsewhere", nullptr, nullptr, nullptr), SQLITE_OK)
      << sqlite3_errmsg(db);
  sqlite3_close(db);
  const std::vector<std::string> paths = {"/v1/incidents/" + incident, "/v1/incidents/" + incident + "/timeline",
                                          "/v1/incidents", "/incidents/" + incident};
  for (const std::string& path : paths) {
    auto r = client_->Get(path.c_str());
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 503) << path << ": " << r->body;
    EXPECT_NE(r->body.find("no such table"), std::string::npos) << path << ": " << r->body;
  }
  // An incident that does not exist is still a 404 once the table is back.
  ASSERT_EQ(sqlite3_open(db_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "ALTER TABLE incident_elsewhere RENAME TO incident", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  EXPECT_EQ(client_->Get("/v1/incidents/999999")->status, 404);
  EXPECT_EQ(client_->Get(("/v1/incidents/" + incident).c_str())->status, 200);
}

TEST_F(Serve, IncidentApiReadsTheBundleShapeAndClocks) {
  auto list = Json(client_->Get("/v1/incidents"));
  ASSERT_EQ(list["incidents"].size(), 1u) << list;
  EXPECT_EQ(list["incidents"][0]["id"], incident_);
  // One affected certificate, so that the problem has a count.
  {
    auto store = cair::incident::Store::Open(db_);
    ASSERT_TRUE(store.ok());
    cair::incident::Problem p;
    p.incident_id = incident_;
    p.name = "OpenSSL default ST";
    p.lint = "e_subject_placeholder_value";
    cair::incident::AffectedCertificate c;
    c.sha256_hex = std::string(64, 'A');
    c.serial_hex = "01";
    c.issuer = "CN=Example Issuing CA";
    c.not_before = kNow - 30 * 86400;
    c.not_after = kNow + 300 * 86400;
    ASSERT_TRUE((*store)->AddProblem(p, {c}, kNow - 4 * 86400).ok());
  }
  json b = Json(client_->Get(("/v1/incidents/" + std::to_string(incident_)).c_str()));
  for (const char* key : {"cair_incident_export", "incident", "timeline", "problems", "halts", "action_items", "questions",
                          "updates", "narrative", "delay_plan"})
    EXPECT_TRUE(b.contains(key)) << key;
  ASSERT_EQ(b["problems"].size(), 1u);
  EXPECT_EQ(b["problems"][0]["certificate_count"], 1);
  EXPECT_FALSE(b["problems"][0].contains("certificates"));
  b = Json(client_->Get(("/v1/incidents/" + std::to_string(incident_) + "?certificates=1").c_str()));
  ASSERT_EQ(b["problems"][0]["certificates"].size(), 1u);
  EXPECT_EQ(b["problems"][0]["certificates"][0]["sha256"], std::string(64, 'A'));
  // Certificates come in pages (issue 18): which page, and where the next begins.
  EXPECT_EQ(b["certificates_page"], json({{"offset", 0}, {"limit", 10000}, {"returned", 1}, {"total", 1}, {"next_offset", nullptr}}));
  b = Json(client_->Get(("/v1/incidents/" + std::to_string(incident_) + "?certificates=1&offset=1&limit=5").c_str()));
  EXPECT_EQ(b["problems"][0]["certificates"].size(), 0u);
  EXPECT_EQ(b["certificates_page"]["returned"], 0);
  auto bad = client_->Get(("/v1/incidents/" + std::to_string(incident_) + "?certificates=1&limit=0").c_str());
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_NE(bad->body.find("limit must be an integer from 1 to 100000"), std::string::npos) << bad->body;
  // /v1/due: the clocks at the server's now, as `cair due --json` gives them.
  auto due = Json(client_->Get("/v1/due"));
  CairRun cli = Cair("due --json " + Db() + " --now " + cair::incident::FormatRfc3339(kNow));
  ASSERT_EQ(cli.code, 0) << cli.err;
  json expected = json::parse(cli.out);
  ASSERT_EQ(due.size(), expected.size());
  for (size_t i = 0; i < due.size(); ++i) {
    EXPECT_EQ(due[i]["clock"], expected[i]["clock"]);
    EXPECT_EQ(due[i]["state"], expected[i]["state"]);
    EXPECT_EQ(due[i]["due_at"], expected[i]["due_at"]);
  }
}

TEST_F(Serve, DashboardShowsAnOverdueClockAsOverdueAndLinksToTheTimeline) {
  auto r = client_->Get("/");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/html; charset=utf-8");
  const std::string& page = r->body;
  // The 72-hour first-disclosure clock started 5 days ago: overdue, as a
  // CSS class on its row and as text.
  std::regex overdue_row("<tr class=\"clock overdue\" data-state=\"overdue\">[^]*?first_disclosure[^]*?"
                         "<span class=\"state overdue\">overdue</span>");
  EXPECT_TRUE(std::regex_search(page, overdue_row)) << page;
  // The 14-day full report is not yet due.
  EXPECT_TRUE(std::regex_search(page, std::regex("<tr class=\"clock ok\"[^>]*>[^]*?full_report"))) << page;
  // Titles are escaped.
  EXPECT_EQ(page.find("<script>"), std::string::npos);
  EXPECT_NE(page.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  const std::string link = "href=\"/incidents/" + std::to_string(incident_) + "\"";
  ASSERT_NE(page.find(link), std::string::npos) << page;

  auto inc = client_->Get(("/incidents/" + std::to_string(incident_)).c_str());
  ASSERT_TRUE(inc);
  ASSERT_EQ(inc->status, 200);
  EXPECT_NE(inc->body.find("<table id=\"timeline\">"), std::string::npos);
  EXPECT_NE(inc->body.find("Root cause found: template default ST"), std::string::npos);
  EXPECT_NE(inc->body.find("CA became aware"), std::string::npos);
  EXPECT_NE(inc->body.find("Remove ST default from the template"), std::string::npos);  // action items
  EXPECT_EQ(inc->body.find("<script>"), std::string::npos);
  auto missing = client_->Get("/incidents/424242");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
}

TEST_F(Serve, AccessLogHasOneJsonLinePerRequest) {
  client_->Get("/healthz");
  Post("/v1/lint", "", "application/pkix-cert");
  StopServer();  // the line is written after the response: wait for it
  std::stringstream ss(Slurp(log_path_));
  std::string line;
  int lines = 0;
  bool saw_400 = false;
  while (std::getline(ss, line)) {
    ++lines;
    json j = json::parse(line, nullptr, false);
    ASSERT_TRUE(j.is_object()) << line;
    for (const char* k : {"time", "method", "path", "status", "bytes", "duration_ms"}) EXPECT_TRUE(j.contains(k)) << line;
    EXPECT_TRUE(std::regex_match(j["time"].get<std::string>(), std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)")));
    if (j["path"] == "/v1/lint" && j["status"] == 400) saw_400 = true;
  }
  EXPECT_GE(lines, 2);
  EXPECT_TRUE(saw_400);
}

// The binary: SIGTERM stops it gracefully (exit 0), with its message.
TEST(ServeBinary, SigtermStopsGracefully) {
  fs::path dir = fs::temp_directory_path() / ("cair_serve_bin_" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::string out = (dir / "out").string(), err = (dir / "err").string();
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    std::string db = (dir / "cair.db").string();
    (void)!freopen(out.c_str(), "w", stdout);
    (void)!freopen(err.c_str(), "w", stderr);
    execl(CAIR_BINARY, CAIR_BINARY, "serve", "--listen", "127.0.0.1:0", "--db", db.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  int port = 0;
  for (int i = 0; i < 500 && !port; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    std::smatch m;
    std::string text = Slurp(out);
    if (std::regex_search(text, m, std::regex(R"(listening on http://127\.0\.0\.1:(\d+))"))) port = std::stoi(m[1]);
  }
  ASSERT_NE(port, 0) << Slurp(err);
  httplib::Client c("127.0.0.1", port);
  auto r = c.Get("/healthz");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->body, "ok\n");
  kill(pid, SIGTERM);
  int status = 0;
  waitpid(pid, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
  EXPECT_NE(Slurp(err).find("SIGTERM received"), std::string::npos) << Slurp(err);
  fs::remove_all(dir);
}

// Issue 17: a bearer token in clear text from a non-loopback address is
// refused unless the operator allows it (--allow-plain-tokens). Needs a
// local non-loopback IPv4 address to connect from; skipped without one.
TEST(ServePlainTokens, RefusedFromANonLoopbackAddressUnlessAllowed) {
  std::string address;
  ifaddrs* all = nullptr;
  if (getifaddrs(&all) == 0) {
    for (ifaddrs* i = all; i && address.empty(); i = i->ifa_next)
      if (i->ifa_addr && i->ifa_addr->sa_family == AF_INET) {
        char text[INET_ADDRSTRLEN];
        inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(i->ifa_addr)->sin_addr, text, sizeof text);
        if (std::string(text).rfind("127.", 0) != 0) address = text;
      }
    freeifaddrs(all);
  }
  if (address.empty()) GTEST_SKIP() << "no non-loopback IPv4 address on this machine";
  fs::path dir = fs::temp_directory_path() / ("cair_serve_plain_" + std::to_string(getpid()));
  fs::create_directories(dir);
  const std::string db = (dir / "cair.db").string();
  const std::string token = *cair::server::NewToken();
  {
    auto store = cair::incident::Store::Open(db);
    ASSERT_TRUE(store.ok()) << store.status().message();
    ASSERT_TRUE((*store)->AddToken("remote", cair::server::HashToken(token), 1768039200).ok());
  }
  for (bool allow : {false, true}) {
    cair::server::ServerOptions o;
    o.host = "0.0.0.0";
    o.port = 0;
    o.db = db;
    o.access_log = nullptr;
    o.allow_plain_tokens = allow;
    auto s = cair::server::Server::Create(std::move(o));
    ASSERT_TRUE(s.ok()) << s.status().message();
    std::thread t([&] { (*s)->Run(); });
    httplib::Client c(address, (*s)->port());
    auto post = [&] {
      return c.Post("/v1/incidents/999/timeline", {{"Authorization", "Bearer " + token}}, "{\"text\": \"x\"}", "application/json");
    };
    auto r = post();
    for (int i = 0; i < 100 && !r; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
      r = post();
    }
    ASSERT_TRUE(r);
    if (!allow) {
      EXPECT_EQ(r->status, 403);
      EXPECT_NE(r->body.find("plain HTTP from " + address), std::string::npos) << r->body;
    } else {
      EXPECT_EQ(r->body.find("plain HTTP"), std::string::npos) << r->body;  // (past the check: the incident is unknown)
    }
    (*s)->Stop();
    t.join();
  }
  fs::remove_all(dir);
}

// The dashboard in headless Chromium (tests/browser/dashboard.mjs): skipped
// with a message when Chromium, Node.js or playwright-core (installed by
// scripts/deps.sh) is absent.
TEST(ServeBrowser, DashboardInHeadlessChromium) {
  const std::string skip = cair::browsertest::SkipReason();
  if (!skip.empty()) GTEST_SKIP() << skip;
  auto node = cair::browsertest::Node(std::string(CAIR_SOURCE_DIR) + "/tests/browser/dashboard.mjs",
                                      std::string(CAIR_BINARY) + " " + cair::browsertest::PlaywrightDir());
  EXPECT_TRUE(node.ok) << node.out;
  EXPECT_NE(node.out.find(" passed, 0 failed"), std::string::npos) << node.out;
}

}  // namespace
