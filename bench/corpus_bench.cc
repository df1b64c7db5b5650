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
//   parse+lint without pkilint-coded lints
//                 the same, without every lint that records a pkilint code
//                 in its metadata (the BR 7.1.2 and S/MIME BR profile
//                 validators, and the zlint lints tagged with pkilint's code
//                 for the same rule): an upper bound on what the profile
//                 validators cost (issue 14: at most a quarter of the rate)
// and prints objects/s for each, the ratio parse+lint vs. zlint's reference
// figure when given (--zlint-rate), and the process's peak RSS.
#include <openssl/x509.h>
#include <sys/resource.h>

#include <chrono>
#include <ctime>
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

// CPU seconds (this process) spent in fn().
template <typename F>
double CpuSeconds(F&& fn) {
  timespec a{}, b{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a);
  fn();
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b);
  return static_cast<double>(b.tv_sec - a.tv_sec) + static_cast<double>(b.tv_nsec - a.tv_nsec) / 1e9;
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
  cair::lint::Filter without_profiles;
  size_t pkilint_coded = 0;
  for (const auto& r : cair::lint::Registry::Global().All())
    for (const auto& pc : cair::lint::PeerCodes(*r.metadata))
      if (pc.linter == "pkilint") {
        without_profiles.exclude_names.emplace_back(r.metadata->name);
        ++pkilint_coded;
        break;
      }
  cair::lint::Runner runner_without(cair::lint::Registry::Global(), without_profiles, config);
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
  auto run_all = [&](const cair::x509::DerObject& o) {
    auto c = cair::x509::ParseCertificate(cair::der::Input(std::string_view(o.der)));
    runner.Run(c, &results);
    sink = sink + results.size();
  };
  auto run_without = [&](const cair::x509::DerObject& o) {
    auto c = cair::x509::ParseCertificate(cair::der::Input(std::string_view(o.der)));
    runner_without.Run(c, &results);
    sink = sink + results.size();
  };
  double lint = Rate(objs, min_seconds, run_all);
  double lint_without = Rate(objs, min_seconds, run_without);
  // The same two, alternated over five rounds and timed in CPU seconds, which
  // a shared machine's load disturbs far less than wall time.
  double cpu_all = 0, cpu_without = 0;
  for (int round = 0; round < 5; ++round) {
    cpu_all += CpuSeconds([&] { for (const auto& o : objs) run_all(o); });
    cpu_without += CpuSeconds([&] { for (const auto& o : objs) run_without(o); });
  }
  std::printf("%-28s %12.0f certs/s\n", "baseline openssl d2i_X509", openssl);
  std::printf("%-28s %12.0f certs/s  (%.2fx openssl)\n", "cair parse", parse, parse / openssl);
  std::printf("%-28s %12.0f certs/s  (%.2fx openssl)\n", "cair parse + all lints", lint, lint / openssl);
  std::printf("%-28s %12.0f certs/s  (without the %zu lints recording a pkilint code; with them: %.1f%% of "
              "this rate)\n",
              "cair parse + other lints", lint_without, pkilint_coded, 100.0 * lint / lint_without);
  const double n5 = 5.0 * static_cast<double>(objs.size());
  std::printf("%-28s %12.0f certs/CPU-s with all lints, %.0f without the %zu: with them %.1f%% of the rate "
              "(5 alternated rounds)\n",
              "CPU time, alternated", n5 / cpu_all, n5 / cpu_without, pkilint_coded, 100.0 * cpu_without / cpu_all);
  if (zlint_rate > 0)
    std::printf("%-28s %12.0f certs/s  (cair parse + all lints = %.0fx zlint)\n", "zlint (reference figure)",
                zlint_rate, lint / zlint_rate);
  std::printf("peak RSS: %.1f MiB\n", static_cast<double>(PeakRssKiB()) / 1024.0);
  return 0;
}
