// The transport under hostile clients (issue 17): idle and stalled
// connections do not stop other requests and are cut off at the request
// deadline; oversized headers get 431; connection limits hold; TLS and
// mutual TLS with certificates made by the openssl command for the test.
#include "server/transport.h"

#include "loopback.h"  // tests/

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>
#include <vector>

namespace cair::server {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

int Connect(int port) { return testing_util::ConnectLoopback(port); }

// Reads until the peer closes or `limit` passes; what came.
std::string ReadUntilClosed(int fd, std::chrono::milliseconds limit, bool* closed) {
  std::string out;
  const auto end = Clock::now() + limit;
  *closed = false;
  while (Clock::now() < end) {
    pollfd p{fd, POLLIN, 0};
    int left = static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(end - Clock::now()).count());
    if (poll(&p, 1, std::max(left, 1)) <= 0) continue;
    char buf[4096];
    ssize_t n = read(fd, buf, sizeof buf);
    if (n <= 0) {
      *closed = true;
      break;
    }
    out.append(buf, static_cast<size_t>(n));
  }
  return out;
}

class Running {
 public:
  explicit Running(TransportOptions o) {
    t_.Get("/healthz", [](const httplib::Request&, httplib::Response& res) { res.set_content("ok\n", "text/plain"); });
    t_.Post(R"(/echo/(\d+))", [](const httplib::Request& req, httplib::Response& res) {
      res.set_content(req.matches[1].str() + ":" + req.body, "text/plain");
    });
    std::string error;
    ok_ = t_.Configure(o, &error);
    EXPECT_TRUE(ok_) << error;
    port_ = t_.bind_to_any_port("127.0.0.1");
    EXPECT_GT(port_, 0);
    thread_ = std::thread([this] { t_.listen_after_bind(); });
  }
  ~Running() {
    t_.stop();
    thread_.join();
  }
  int port() const { return port_; }
  Transport& transport() { return t_; }

 private:
  Transport t_;
  bool ok_ = false;
  int port_ = -1;
  std::thread thread_;
};

TEST(Transport, IdleAndStalledClientsDoNotStopOtherRequestsAndAreCutOffAtTheDeadline) {
  TransportOptions o;
  o.workers = 2;
  o.request_timeout_s = 2;
  Running r(o);
  std::vector<int> idle, stalled;
  for (int i = 0; i < 300; ++i) {
    idle.push_back(Connect(r.port()));
    int s = Connect(r.port());
    const std::string partial = "POST /echo/1 HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nhalf";
    (void)!write(s, partial.data(), partial.size());
    stalled.push_back(s);
    ASSERT_GE(idle.back(), 0);
    ASSERT_GE(s, 0);
  }
  httplib::Client c("127.0.0.1", r.port());
  for (int i = 0; i < 50; ++i) {
    const auto t0 = Clock::now();
    auto res = c.Post("/echo/" + std::to_string(i), "body", "text/plain");
    ASSERT_TRUE(res) << "request " << i;
    EXPECT_EQ(res->status, 200);
    EXPECT_EQ(res->body, std::to_string(i) + ":body");
    EXPECT_LT(Clock::now() - t0, std::chrono::milliseconds(500)) << "request " << i;
  }
  // The deadline (2 s for the whole request) closes both kinds.
  bool closed = false;
  ReadUntilClosed(idle[0], std::chrono::seconds(5), &closed);
  EXPECT_TRUE(closed) << "an idle connection outlived the request deadline";
  ReadUntilClosed(stalled[0], std::chrono::seconds(5), &closed);
  EXPECT_TRUE(closed) << "a stalled request outlived the request deadline";
  for (int fd : idle) close(fd);
  for (int fd : stalled) close(fd);
  EXPECT_TRUE(c.Get("/healthz"));
}

TEST(Transport, OversizedHeaderGets431AndAnOversizedBody413) {
  TransportOptions o;
  o.max_header = 1024;
  o.max_body = 100;
  Running r(o);
  int fd = Connect(r.port());
  const std::string big = "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Filler: " + std::string(4000, 'a') + "\r\n\r\n";
  (void)!write(fd, big.data(), big.size());
  bool closed = false;
  std::string got = ReadUntilClosed(fd, std::chrono::seconds(5), &closed);
  close(fd);
  EXPECT_EQ(got.rfind("HTTP/1.1 431 ", 0), 0u) << got.substr(0, 200);
  EXPECT_TRUE(closed);
  httplib::Client c("127.0.0.1", r.port());
  auto res = c.Post("/echo/1", std::string(101, 'x'), "text/plain");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  auto fine = c.Post("/echo/1", std::string(100, 'x'), "text/plain");
  ASSERT_TRUE(fine);
  EXPECT_EQ(fine->status, 200);
  auto none = c.Get("/nothing");
  ASSERT_TRUE(none);
  EXPECT_EQ(none->status, 404);
}

TEST(Transport, ConnectionsPerClientAreCapped) {
  TransportOptions o;
  o.max_per_client = 5;
  Running r(o);
  std::vector<int> held;
  for (int i = 0; i < 5; ++i) held.push_back(Connect(r.port()));
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  int extra = Connect(r.port());
  bool closed = false;
  ReadUntilClosed(extra, std::chrono::seconds(3), &closed);
  EXPECT_TRUE(closed) << "a sixth connection from one address was kept";
  close(extra);
  for (int fd : held) close(fd);
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  httplib::Client c("127.0.0.1", r.port());
  EXPECT_TRUE(c.Get("/healthz")) << "the slots did not come back";
}

// A CA, a server certificate for 127.0.0.1 and a client certificate, by the
// openssl command; "" when it cannot run.
std::string MakePki(const fs::path& dir) {
  fs::create_directories(dir);
  const std::string d = dir.string();
  const std::string cmd =
      "cd '" + d + "' && "
      "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.pem -days 2 "
      "  -subj '/CN=cair test CA' && "
      "openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout server.key -out server.csr -subj '/CN=127.0.0.1' && "
      "printf 'subjectAltName=IP:127.0.0.1\\n' > server.ext && "
      "openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem -days 2 -extfile server.ext && "
      "openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout client.key -out client.csr "
      "  -subj '/CN=issuing system' && "
      "openssl x509 -req -in client.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out client.pem -days 2";
  return std::system(("(" + cmd + ") >/dev/null 2>&1").c_str()) == 0 ? d : "";
}

TEST(Transport, TlsAndMutualTlsRefuseAClientWithoutACertificate) {
  const fs::path dir = fs::temp_directory_path() / ("cair-transport-tls-" + std::to_string(getpid()));
  const std::string pki = MakePki(dir);
  if (pki.empty()) GTEST_SKIP() << "the openssl command could not make test certificates";
  {
    TransportOptions o;
    o.tls_cert = pki + "/server.pem";
    o.tls_key = pki + "/server.key";
    Running r(o);
    EXPECT_TRUE(r.transport().tls());
    httplib::SSLClient c("127.0.0.1", r.port());
    c.set_ca_cert_path((pki + "/ca.pem").c_str());
    c.enable_server_certificate_verification(true);
    auto res = c.Get("/healthz");
    ASSERT_TRUE(res) << httplib::to_string(res.error());
    EXPECT_EQ(res->body, "ok\n");
    // Plain HTTP to the TLS port gets nothing.
    httplib::Client plain("127.0.0.1", r.port());
    plain.set_read_timeout(3, 0);
    auto p = plain.Get("/healthz");
    EXPECT_TRUE(!p || p->status != 200);
    // SIGHUP: the files are read again.
    std::string error;
    EXPECT_TRUE(r.transport().ReloadTls(&error)) << error;
  }
  {
    TransportOptions o;
    o.tls_cert = pki + "/server.pem";
    o.tls_key = pki + "/server.key";
    o.client_ca = pki + "/ca.pem";
    Running r(o);
    httplib::SSLClient with("127.0.0.1", r.port(), pki + "/client.pem", pki + "/client.key");
    with.set_ca_cert_path((pki + "/ca.pem").c_str());
    with.enable_server_certificate_verification(true);
    auto ok = with.Get("/healthz");
    ASSERT_TRUE(ok) << httplib::to_string(ok.error());
    EXPECT_EQ(ok->status, 200);
    httplib::SSLClient without("127.0.0.1", r.port());
    without.set_ca_cert_path((pki + "/ca.pem").c_str());
    without.enable_server_certificate_verification(true);
    auto refused = without.Get("/healthz");
    EXPECT_FALSE(refused) << "a client without a certificate was served";
  }
  {
    TransportOptions o;
    o.tls_cert = pki + "/server.pem";
    o.tls_key = pki + "/client.key";
    Transport t;
    std::string error;
    EXPECT_FALSE(t.Configure(o, &error));
    EXPECT_EQ(error.rfind("--tls-key", 0), 0u) << error;
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace cair::server
