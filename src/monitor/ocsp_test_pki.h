// File: monitor/ocsp_test_pki.h
// Test support for the OCSP prober (tests only): a throw-away CA made with
// `openssl ca` (leaves, revocations, a CRL, delegated responder
// certificates), `openssl ocsp` responders on loopback, and an in-process
// misbehaving responder (cpp-httplib) for what `openssl ocsp` never does.
// Header-only, included by the tests alone.
#ifndef CAIR_MONITOR_OCSP_TEST_PKI_H_
#define CAIR_MONITOR_OCSP_TEST_PKI_H_

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <httplib.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace cair::monitor::testpki {

namespace fs = std::filesystem;

inline std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void Spit(const fs::path& p, const std::string& s) { std::ofstream(p, std::ios::binary) << s; }

// Runs a shell command in `dir`; true when it exits 0.
inline bool Sh(const fs::path& dir, const std::string& cmd) {
  std::string full = "cd '" + dir.string() + "' && " + cmd + " >>log.txt 2>&1";
  return std::system(full.c_str()) == 0;
}

// A loopback port nobody listens on (bound then released).
inline int FreePort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof a;
  int port = 0;
  if (bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 && getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) == 0)
    port = ntohs(a.sin_port);
  close(fd);
  return port;
}

// A cpp-httplib server on a loopback port of its own: add routes to http(),
// then Start(); it serves on a thread until destroyed.
class LoopbackServer {
 public:
  httplib::Server& http() { return server_; }
  bool Start() {
    port_ = server_.bind_to_any_port("127.0.0.1");
    if (port_ <= 0) return false;
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    return true;
  }
  ~LoopbackServer() {
    server_.stop();
    if (thread_.joinable()) thread_.join();
  }
  std::string Url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(port_) + path; }

 private:
  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
};

// `openssl ocsp -index ... -port N` as a child process (N = 0: a port of its
// choosing, read from its "ACCEPT [::]:PORT" line), stopped by the destructor.
class OpensslResponder {
 public:
  // `args`: everything after `openssl ocsp` but -port. False when it did not
  // start within 10 s.
  bool Start(const fs::path& dir, const std::vector<std::string>& args, int port = 0) {
    int out[2];
    if (pipe(out) != 0) return false;
    pid_ = fork();
    if (pid_ == 0) {
      if (chdir(dir.c_str()) != 0) _exit(127);
      dup2(out[1], 1);
      int null = open("/dev/null", O_WRONLY);
      dup2(null, 2);
      close(out[0]);
      std::vector<std::string> all = {"openssl", "ocsp", "-port", std::to_string(port)};
      all.insert(all.end(), args.begin(), args.end());
      std::vector<char*> argv;
      for (auto& a : all) argv.push_back(a.data());
      argv.push_back(nullptr);
      execvp("openssl", argv.data());
      _exit(127);
    }
    close(out[1]);
    std::string line;
    char c;
    pollfd p{out[0], POLLIN, 0};
    while (poll(&p, 1, 10000) > 0 && read(out[0], &c, 1) == 1 && c != '\n') line += c;
    close(out[0]);  // the responder logs nothing more on stdout
    size_t colon = line.rfind("]:");
    if (line.rfind("ACCEPT", 0) != 0 || colon == std::string::npos) return false;
    port_ = std::atoi(line.c_str() + colon + 2);
    return port_ > 0;
  }
  ~OpensslResponder() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      waitpid(pid_, nullptr, 0);
    }
  }
  int port() const { return port_; }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/"; }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
};

// The CA: ca.pem/ca.key, leaves good.pem (valid), kc.pem (revoked
// keyCompromise), sup.pem (revoked superseded), their CRL ca.crl (PEM),
// ca.der.crl (DER), index.txt (as revoked) and index_issued.txt (before any revocation),
// delegated responders ocsp.pem (id-kp-OCSPSigning), noeku.pem (none) and
// rogue.pem (id-kp-OCSPSigning, issued by another CA).
struct TestPki {
  fs::path dir;
  int aia_port = 0;  // the leaves' AIA OCSP URL is http://127.0.0.1:aia_port/
  ~TestPki() {
    std::error_code ec;
    if (!dir.empty()) fs::remove_all(dir, ec);
  }
  // Why Make failed, for GTEST_SKIP.
  std::string Failure() const { return "openssl could not make the test CA (see " + (dir / "log.txt").string() + ")"; }
  // Also ca.der.crl, the CRL in DER.
  bool Make(const fs::path& where) {
    dir = where;
    fs::create_directories(dir / "newcerts");
    fs::create_directories(dir / "other" / "newcerts");
    aia_port = FreePort();
    const std::string cnf = R"(
[ca]
default_ca = CA_default
[CA_default]
dir = .
database = ./index.txt
new_certs_dir = ./newcerts
certificate = ./ca.pem
private_key = ./ca.key
serial = ./serial
crlnumber = ./crlnumber
default_md = sha256
default_days = 90
default_crl_days = 7
policy = policy_any
unique_subject = no
email_in_dn = no
[policy_any]
commonName = supplied
[leaf_ext]
basicConstraints = critical,CA:FALSE
authorityInfoAccess = OCSP;URI:http://127.0.0.1:)" + std::to_string(aia_port) + R"(/
[ocsp_ext]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = OCSPSigning
[noeku_ext]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
[crl_ext]
authorityKeyIdentifier = keyid:always
)";
    Spit(dir / "ca.cnf", cnf);
    Spit(dir / "other" / "ca.cnf", cnf);
    for (const fs::path& d : {dir, dir / "other"}) {
      Spit(d / "index.txt", "");
      Spit(d / "serial", "1000\n");
      Spit(d / "crlnumber", "01\n");
    }
    const std::string key = "-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes";
    const std::string ca = "-addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign";
    bool ok = Sh(dir, "openssl req -x509 " + key + " -keyout ca.key -out ca.pem -subj '/CN=Monitor Test CA' -days 365 " + ca) &&
              Sh(dir / "other", "openssl req -x509 " + key + " -keyout ca.key -out ca.pem -subj '/CN=Other CA' -days 365 " + ca);
    for (const char* n : {"good", "kc", "sup", "ocsp", "noeku", "rogue"})
      ok = ok && Sh(dir, "openssl req -new " + key + " -keyout " + n + ".key -out " + n + ".csr -subj '/CN=" + n + "'");
    for (const char* n : {"good", "kc", "sup"})
      ok = ok && Sh(dir, std::string("openssl ca -batch -config ca.cnf -extensions leaf_ext -in ") + n + ".csr -out " + n + ".pem");
    ok = ok && Sh(dir, "openssl ca -batch -config ca.cnf -extensions ocsp_ext -in ocsp.csr -out ocsp.pem") &&
         Sh(dir, "openssl ca -batch -config ca.cnf -extensions noeku_ext -in noeku.csr -out noeku.pem") &&
         Sh(dir / "other", "openssl ca -batch -config ca.cnf -extensions ocsp_ext -in ../rogue.csr -out ../rogue.pem") &&
         Sh(dir, "cp index.txt index_issued.txt") &&
         Sh(dir, "openssl ca -config ca.cnf -revoke kc.pem -crl_reason keyCompromise") &&
         Sh(dir, "openssl ca -config ca.cnf -revoke sup.pem -crl_reason superseded") &&
         Sh(dir, "openssl ca -config ca.cnf -gencrl -crlexts crl_ext -out ca.crl") &&
         Sh(dir, "openssl crl -in ca.crl -outform DER -out ca.der.crl");
    return ok;
  }
};

}  // namespace cair::monitor::testpki

#endif  // CAIR_MONITOR_OCSP_TEST_PKI_H_
