// catalogue_bench: the per-certificate cost of the full lint catalogue, in
// memory, one thread — no reading, base64, SHA-256 or aggregation.
//
//   catalogue_bench [--passes N | --min-seconds S] [--profile] [--findings] FILE.pem...
//   catalogue_bench --applicability FILE.pem...
//
// Decodes every CERTIFICATE block of the given PEM bundles once, up front,
// then times in the same run, on the same certificates:
//   parse              cair's X.509 parse alone (the baseline)
//   parse + catalogue  parse, then every registered certificate lint
// and prints certificates/s for each and the catalogue's own rate (the
// difference of the two times). Each pass parses afresh, so what a
// certificate caches for its lints is recomputed as in a scan.
//
// --passes N runs exactly N passes of each (for instruction counts: run it
// under `valgrind --tool=callgrind --toggle-collect='*CataloguePass*'` and
// divide by N x certificates). --profile prints the 40 costliest lints.
// --findings runs the catalogue as a scan does (lint::FindingsRunner: only
// findings kept, lints NA by facts or out of force never looked at) instead
// of Runner::Run's every result; its pass is FindingsPass for callgrind. The
// memos warm up over passes, so compare the two in separate runs.
//
// --applicability times nothing: it counts, per certificate lint, how its
// certificates ended before Execute — NA by the source filter, NA by the
// facts the lint declares (Metadata::requires_facts), NA by CheckApplies,
// NE — and lists the lints most often asked only to answer NA: the ones
// worth declaring facts for (lint/facts.h).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "lint/facts.h"
#include "lint/registry.h"
#include "lint/runner.h"
#include "x509/certificate.h"
#include "x509/input.h"

namespace {

using Clock = std::chrono::steady_clock;
using Ders = std::vector<std::string>;

volatile size_t sink = 0;

// One pass of each kind; not inlined so that callgrind can count each alone.
[[gnu::noinline]] void ParsePass(const Ders& ders) {
  for (const auto& d : ders) {
    auto c = cair::x509::ParseCertificate(cair::der::Input(std::string_view(d)));
    sink = sink + c.ok();
  }
}

[[gnu::noinline]] void CataloguePass(const Ders& ders, const cair::lint::Runner& runner,
                                     std::vector<cair::lint::Result>* results) {
  for (const auto& d : ders) {
    auto c = cair::x509::ParseCertificate(cair::der::Input(std::string_view(d)));
    runner.Run(c, results);
    sink = sink + results->size();
  }
}

[[gnu::noinline]] void FindingsPass(const Ders& ders, cair::lint::FindingsRunner& runner,
                                    std::vector<cair::lint::IndexedResult>* results) {
  for (const auto& d : ders) {
    auto c = cair::x509::ParseCertificate(cair::der::Input(std::string_view(d)));
    runner.Run(c, results);
    sink = sink + results->size();
  }
}

// Seconds per certificate over `passes` passes, or over as many as fill `min_seconds`.
template <typename F>
double SecondsPerCert(size_t n, int passes, double min_seconds, F&& pass) {
  size_t done = 0;
  const auto start = Clock::now();
  double elapsed = 0;
  for (int i = 0; passes > 0 ? i < passes : elapsed < min_seconds; ++i) {
    pass();
    done += n;
    elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  }
  return elapsed / static_cast<double>(done);
}

// How each certificate lint ended on `ders`, before Execute.
void Applicability(const Ders& ders) {
  struct Count {
    const cair::lint::Metadata* m;
    std::unique_ptr<cair::lint::LintBase> lint;
    size_t source_na = 0, facts_na = 0, asked_na = 0, ne = 0, run = 0;
  };
  std::vector<Count> counts;
  for (const auto& r : cair::lint::Registry::Global().All()) {
    if (r.metadata->type != cair::lint::ObjectType::kCertificate) continue;
    counts.push_back({r.metadata, r.make()});
    counts.back().lint->Configure(cair::lint::Config{});
  }
  for (const auto& d : ders) {
    const auto c = cair::x509::ParseCertificate(cair::der::Input(std::string_view(d)));
    const cair::lint::Facts facts = cair::lint::CertificateFacts(c);
    for (Count& k : counts) {
      if (cair::lint::FilteredBySource(*k.m, c)) ++k.source_na;
      else if (k.m->requires_facts & ~facts) ++k.facts_na;
      else if (!static_cast<const cair::lint::CertificateLint&>(*k.lint).CheckApplies(c)) ++k.asked_na;
      else if (c.not_before.unix < k.m->effective || c.not_before.unix >= k.m->ineffective) ++k.ne;
      else ++k.run;
    }
  }
  Count all{};
  size_t declared = 0;
  for (const Count& k : counts) {
    all.source_na += k.source_na, all.facts_na += k.facts_na, all.asked_na += k.asked_na;
    all.ne += k.ne, all.run += k.run;
    declared += k.m->requires_facts != 0;
  }
  const double n = static_cast<double>(ders.size());
  std::printf("%zu certificate lints, %zu declaring facts; per certificate: NA by source filter %.1f, NA by facts %.1f, "
              "NA asking the lint %.1f, NE %.1f, executed %.1f\n",
              counts.size(), declared, all.source_na / n, all.facts_na / n, all.asked_na / n, all.ne / n, all.run / n);
  std::sort(counts.begin(), counts.end(), [](const Count& a, const Count& b) {
    return a.asked_na != b.asked_na ? a.asked_na > b.asked_na : a.m->name < b.m->name;
  });
  std::printf("lints asked only to answer NA (share of the certificates), with the facts they declare:\n");
  for (const Count& k : counts)
    if (k.asked_na)
      std::printf("  %-64s %5.1f%%  %s\n", std::string(k.m->name).c_str(), 100.0 * k.asked_na / n,
                  cair::lint::FactNames(k.m->requires_facts).c_str());
}

}  // namespace

int main(int argc, char** argv) {
  double min_seconds = 3;
  int passes = 0;
  bool profile = false, applicability = false, findings_only = false;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--min-seconds") && i + 1 < argc) min_seconds = std::atof(argv[++i]);
    else if (!std::strcmp(argv[i], "--passes") && i + 1 < argc) passes = std::atoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--profile")) profile = true;
    else if (!std::strcmp(argv[i], "--applicability")) applicability = true;
    else if (!std::strcmp(argv[i], "--findings")) findings_only = true;
    else files.push_back(argv[i]);
  }
  if (files.empty()) {
    std::fprintf(stderr,
                 "usage: catalogue_bench [--passes N | --min-seconds S] [--profile] [--findings] FILE.pem...\n"
                 "       catalogue_bench --applicability FILE.pem...\n"
                 "  e.g. catalogue_bench ../shared/corpus/real/{leaf,precert,intermediate,root}.pem\n");
    return 2;
  }
  Ders ders;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "catalogue_bench: %s: cannot open\n", f.c_str());
      return 3;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    auto r = cair::x509::DecodeObjects(ss.str(), cair::x509::InputFormat::kDetect);
    for (auto& o : r.objects)
      if (o.label == "CERTIFICATE") ders.push_back(std::move(o.der));
  }
  if (ders.empty()) {
    std::fprintf(stderr, "catalogue_bench: no CERTIFICATE block in the input\n");
    return 3;
  }
  if (applicability) {
    std::printf("corpus: %zu certificates from %zu file(s)\n", ders.size(), files.size());
    Applicability(ders);
    return 0;
  }
  cair::lint::Runner runner(cair::lint::Registry::Global(), cair::lint::Filter{}, cair::lint::Config{});
  std::printf("corpus: %zu certificates from %zu file(s); %zu certificate lints; 1 thread\n", ders.size(),
              files.size(), runner.certificate_lints().size());

  std::vector<cair::lint::Result> results;
  std::vector<cair::lint::IndexedResult> findings;
  cair::lint::FindingsRunner findings_runner(runner);
  const double parse = SecondsPerCert(ders.size(), passes, min_seconds, [&] { ParsePass(ders); });
  runner.EnableProfile(profile);
  const double full = SecondsPerCert(ders.size(), passes, min_seconds, [&] {
    if (findings_only) FindingsPass(ders, findings_runner, &findings);
    else CataloguePass(ders, runner, &results);
  });
  std::printf("%-24s %10.0f certs/s  %8.2f us/cert\n", "parse (baseline)", 1 / parse, parse * 1e6);
  std::printf("%-24s %10.0f certs/s  %8.2f us/cert\n", findings_only ? "parse + catalogue (findings)" : "parse + catalogue",
              1 / full, full * 1e6);
  std::printf("%-24s %10.0f certs/s  %8.2f us/cert\n", "catalogue alone", 1 / (full - parse),
              (full - parse) * 1e6);
  if (profile) {
    auto costs = runner.Profile();
    std::sort(costs.begin(), costs.end(), [](const auto& a, const auto& b) { return a.total > b.total; });
    std::chrono::nanoseconds all{0};
    for (const auto& c : costs) all += c.total;
    std::printf("costliest lints (ns per certificate, share of the catalogue's time):\n");
    for (size_t i = 0; i < costs.size() && i < 40; ++i)
      if (costs[i].calls)
        std::printf("  %-56s %8.0f  %5.1f%%\n", std::string(costs[i].metadata->name).c_str(),
                    static_cast<double>(costs[i].total.count()) / static_cast<double>(costs[i].calls),
                    100.0 * static_cast<double>(costs[i].total.count()) / static_cast<double>(all.count()));
  }
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  std::printf("peak RSS: %.1f MiB\n", static_cast<double>(ru.ru_maxrss) / 1024.0);
  return 0;
}
