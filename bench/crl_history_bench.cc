// crl_history_bench: recording and diffing a large CRL against its previous
// version (`cair monitor crl`), one core, beside OpenSSL's d2i_X509_CRL of
// the same CRL as a baseline, with peak RSS.
//
//   crl_history_bench [ENTRIES [DIR]]     default 1000000 entries, DIR a temp dir
//
// A child process makes two CRLs signed by a throw-away P-256 CA with
// OpenSSL: version 1 with ENTRIES entries, version 2 one day later with 1,000
// of them removed (un-revocations, expiry unknown: 1,000 warnings) and 10,000
// added. The parent then records version 1, and records and diffs version 2
// (signature checked, store on disk, WAL, synchronous=FULL), timing each.
// The child does the OpenSSL building so that its memory is not counted.
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "incident/store.h"
#include "monitor/crl_history.h"

namespace {

double Now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
double CpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6;
}
double PeakMiB() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024.0;
}
std::string Slurp(const std::string& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

constexpr int64_t kT0 = 1767225600;  // 2026-01-01T00:00:00Z

// Writes ca.der, v1.crl and v2.crl into dir.
bool MakeCrls(size_t n, const std::string& dir) {
  EVP_PKEY* key = EVP_EC_gen("P-256");
  X509* ca = X509_new();
  X509_NAME* name = X509_NAME_new();
  X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("Bench Issuing CA"), -1, -1, 0);
  X509_set_version(ca, 2);
  ASN1_INTEGER_set(X509_get_serialNumber(ca), 1);
  X509_set_subject_name(ca, name);
  X509_set_issuer_name(ca, name);
  X509_time_adj_ex(X509_getm_notBefore(ca), -3650, 0, nullptr);
  X509_time_adj_ex(X509_getm_notAfter(ca), 3650, 0, nullptr);
  X509_set_pubkey(ca, key);
  X509_sign(ca, key, EVP_sha256());
  {
    unsigned char* der = nullptr;
    int len = i2d_X509(ca, &der);
    std::ofstream(dir + "/ca.der", std::ios::binary).write(reinterpret_cast<char*>(der), len);
    OPENSSL_free(der);
  }
  std::mt19937_64 rng(42);
  auto serial = [&] {
    unsigned char b[16];
    for (auto& x : b) x = static_cast<unsigned char>(rng());
    b[0] = (b[0] & 0x7f) | 0x01;
    return std::string(reinterpret_cast<char*>(b), 16);
  };
  std::vector<std::string> serials(n);
  for (auto& s : serials) s = serial();
  auto write = [&](const std::vector<std::string>& list, int64_t this_update, long number, const std::string& path) {
    X509_CRL* crl = X509_CRL_new();
    X509_CRL_set_version(crl, 1);
    X509_CRL_set_issuer_name(crl, name);
    ASN1_TIME* t = ASN1_TIME_set(nullptr, this_update);
    ASN1_TIME* nu = ASN1_TIME_set(nullptr, this_update + 7 * 86400);
    X509_CRL_set1_lastUpdate(crl, t);
    X509_CRL_set1_nextUpdate(crl, nu);
    ASN1_INTEGER* num = ASN1_INTEGER_new();
    ASN1_INTEGER_set(num, number);
    X509_CRL_add1_ext_i2d(crl, NID_crl_number, num, 0, 0);
    ASN1_ENUMERATED* reason = ASN1_ENUMERATED_new();
    ASN1_ENUMERATED_set(reason, 4);  // superseded, on every fourth entry
    for (size_t i = 0; i < list.size(); ++i) {
      X509_REVOKED* r = X509_REVOKED_new();
      BIGNUM* bn = BN_bin2bn(reinterpret_cast<const unsigned char*>(list[i].data()), static_cast<int>(list[i].size()), nullptr);
      ASN1_INTEGER* ai = BN_to_ASN1_INTEGER(bn, nullptr);
      X509_REVOKED_set_serialNumber(r, ai);
      // Date and reason follow the serial, so that version 2 keeps them.
      const unsigned char last = static_cast<unsigned char>(list[i].back());
      ASN1_TIME* rt = ASN1_TIME_set(nullptr, kT0 - 86400 * static_cast<int64_t>(last % 90));
      X509_REVOKED_set_revocationDate(r, rt);
      if (last % 4 == 0) X509_REVOKED_add1_ext_i2d(r, NID_crl_reason, reason, 0, 0);
      X509_CRL_add0_revoked(crl, r);
      ASN1_TIME_free(rt);
      ASN1_INTEGER_free(ai);
      BN_free(bn);
    }
    X509_CRL_sort(crl);
    X509_CRL_sign(crl, key, EVP_sha256());
    unsigned char* der = nullptr;
    int len = i2d_X509_CRL(crl, &der);
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<char*>(der), len);
    OPENSSL_free(der);
    if (!out) return false;
    ASN1_ENUMERATED_free(reason);
    ASN1_INTEGER_free(num);
    ASN1_TIME_free(t);
    ASN1_TIME_free(nu);
    X509_CRL_free(crl);
    return len > 0;
  };
  if (!write(serials, kT0, 1, dir + "/v1.crl")) return false;
  std::vector<std::string> v2(serials.begin() + 1000, serials.end());
  for (int i = 0; i < 10000; ++i) v2.push_back(serial());
  return write(v2, kT0 + 86400, 2, dir + "/v2.crl");
}

}  // namespace

int main(int argc, char** argv) {
  size_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000000;
  std::string dir;
  if (argc > 2) {
    dir = argv[2];
    std::filesystem::create_directories(dir);
  } else {
    char tmpl[] = "/tmp/crl_history_bench_XXXXXX";
    if (!mkdtemp(tmpl)) return 1;
    dir = tmpl;
  }
  if (!std::filesystem::exists(dir + "/v2.crl")) {
    std::fprintf(stderr, "making two CRLs of %zu entries in %s (OpenSSL, in a child process)...\n", n, dir.c_str());
    pid_t pid = fork();
    if (pid == 0) _exit(MakeCrls(n, dir) ? 0 : 1);
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return 1;
  }
  std::filesystem::remove(dir + "/store.db");
  auto store = cair::incident::Store::Open(dir + "/store.db");
  if (!store.ok()) return std::fprintf(stderr, "%s\n", store.status().message().c_str()), 1;
  std::string ca = Slurp(dir + "/ca.der");
  cair::monitor::CrlCheckOptions opt;
  opt.now = kT0 + 86400 + 3600;
  opt.issuer_cert_der = ca;
  const double rss_start = PeakMiB();

  auto run = [&](const std::string& file, size_t* findings, double* cpu) {
    std::string der = Slurp(dir + "/" + file);
    double t = Now(), c = CpuSeconds();
    std::vector<cair::monitor::Finding> f;
    auto r = cair::monitor::RecordCrls(**store, {{std::move(der), file, "", opt.now}}, opt, &f);
    if (!r.ok()) std::fprintf(stderr, "%s\n", r.status().message().c_str()), std::exit(1);
    auto ids = cair::monitor::RecordFindings(**store, f, std::nullopt, opt.now);
    if (!ids.ok()) std::fprintf(stderr, "%s\n", ids.status().message().c_str()), std::exit(1);
    *findings = f.size();
    *cpu = CpuSeconds() - c;
    return Now() - t;
  };
  size_t f1 = 0, f2 = 0;
  double c1 = 0, c2 = 0;
  double t1 = run("v1.crl", &f1, &c1);
  double rss1 = PeakMiB();
  double t2 = run("v2.crl", &f2, &c2);
  double rss2 = PeakMiB();

  // Baseline: OpenSSL parsing the same CRL (no store, no diff).
  std::string der = Slurp(dir + "/v2.crl");
  double t = Now(), cb = CpuSeconds();
  const unsigned char* p = reinterpret_cast<const unsigned char*>(der.data());
  X509_CRL* crl = d2i_X509_CRL(nullptr, &p, static_cast<long>(der.size()));
  int entries = crl ? sk_X509_REVOKED_num(X509_CRL_get_REVOKED(crl)) : -1;
  double tb = Now() - t;
  cb = CpuSeconds() - cb;
  X509_CRL_free(crl);

  std::printf("CRL history, %zu entries (%.1f MiB DER), one core, store on disk (WAL, synchronous=FULL)\n", n,
              der.size() / 1048576.0);
  std::printf("  (wall seconds / CPU seconds of this process)\n");
  std::printf("  baseline: OpenSSL d2i_X509_CRL of version 2 (%d entries), parse only  %6.2f s / %.2f s\n", entries, tb, cb);
  std::printf("  cair: record version 1 (parse, signature, sort, store)               %6.2f s / %.2f s (%zu findings)\n", t1, c1, f1);
  std::printf("  cair: record version 2 and diff it against version 1                 %6.2f s / %.2f s (%zu findings)\n", t2, c2, f2);
  std::printf("  peak RSS: %.0f MiB at start, %.0f MiB after version 1, %.0f MiB after version 2\n", rss_start, rss1, rss2);
  return f2 == 1000 ? 0 : 1;  // exactly the 1,000 removals
}
