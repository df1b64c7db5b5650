// cair_bench: throughput on a real corpus, single thread.
//
//   cair_bench [--min-seconds S] FILE.pem...
//
// Loads every object of the given PEM bundles into memory, then times, on
// the same objects in the same run:
//   openssl-d2i   OpenSSL's d2i_X509 + X509_free (a strict parser; the floor
//                 any certificate tool pays to read a certificate)
//   parse         cair's X.509 parse (certificates, CRLs, OCSP)
//   parse+lint    parse and run every registered lint
// and prints objects/s for each, the ratio parse+lint vs. zlint's reference
// figure when given (--zlint-rate), and the process's peak RSS.
#include <openssl/x509.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "lint/registry.h"
#include "lint/runner.h"
#include "x509/input.h"
#include "x509/object.h"

namespace {

using Clock = std::chrono::steady_clock;

template <typename F>
double Rate(const std::vector<cair::x509::DerObject>& objs, double min_seconds, F&& fn) {
  size_t done = 0;
  auto start = Clock::now();
  double elapsed = 0;
  do {
    for (const auto& o : objs) fn(o);
    done += objs.size();
    elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  } while (elapsed < min_seconds);
  return static_cast<double>(done) / elapsed;
}

long PeakRssKiB() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  double min_seconds = 3;
  double zlint_rate = 0;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--min-seconds") && i + 1 < argc) min_seconds = std::atof(argv[++i]);
    else if (!std::strcmp(argv[i], "--zlint-rate") && i + 1 < argc) zlint_rate = std::atof(argv[++i]);
    else files.push_back(argv[i]);
  }
  if (files.empty()) {
    std::fprintf(stderr, "usage: cair_bench [--min-seconds S] [--zlint-rate N] FILE.pem...\n");
    return 2;
  }
  std::vector<cair::x509::DerObject> objs;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "cair_bench: %s: cannot open\n", f.c_str());
      return 3;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    auto r = cair::x509::DecodeObjects(ss.str(), cair::x509::InputFormat::kDetect);
    for (auto& o : r.objects)
      if (o.label == "CERTIFICATE") objs.push_back(std::move(o));
  }
  cair::lint::Config config;
  cair::lint::Runner runner(cair::lint::Registry::Global(), cair::lint::Filter{}, config);
  std::printf("corpus: %zu certificates from %zu file(s); %zu certificate lints; 1 thread\n",
              objs.size(), files.size(), runner.certificate_lints().size());

  volatile size_t sink = 0;
  double openssl = Rate(objs, min_seconds, [&](const cair::x509::DerObject& o) {
    const unsigned char* p = reinterpret_cast<const unsigned char*>(o.der.data());
    X509* x = d2i_X509(nullptr, &p, static_cast<long>(o.der.size()));
    sink = sink + (x != nullptr);
    X509_free(x);
  });
  double parse = Rate(objs, min_seconds, [&](const cair::x509::DerObject& o) {
    auto c = cair::x509::ParseCertificate(cair::der::Input(std::string_view(o.der)));
    sink = sink + c.ok();
  });
  std::vector<cair::lint::Result> results;
  double lint = Rate(objs, min_seconds, [&](const cair::x509::DerObject& o) {
    auto c = cair::x509::ParseCertificate(cair::der::Input(std::string_view(o.der)));
    runner.Run(c, &results);
    sink = sink + results.size();
  });
  std::printf("%-28s %12.0f certs/s\n", "baseline openssl d2i_X509", openssl);
  std::printf("%-28s %12.0f certs/s  (%.2fx openssl)\n", "cair parse", parse, parse / openssl);
  std::printf("%-28s %12.0f certs/s  (%.2fx openssl)\n", "cair parse + all lints", lint, lint / openssl);
  if (zlint_rate > 0)
    std::printf("%-28s %12.0f certs/s  (cair parse + all lints = %.0fx zlint)\n", "zlint (reference figure)",
                zlint_rate, lint / zlint_rate);
  std::printf("peak RSS: %.1f MiB\n", static_cast<double>(PeakRssKiB()) / 1024.0);
  return 0;
}
