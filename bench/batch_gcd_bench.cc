// batch_gcd_bench: `cair scan`'s shared-factor check (corpus/batch_gcd.h)
// over N RSA-2048-sized moduli, one thread: CPU time (the figure to compare
// on a shared machine), wall time, load average and peak RSS,
// beside the pairwise method it replaces (N(N-1)/2 gcds of 2048-bit
// numbers, timed on a sample in the same run and extrapolated).
//
//   batch_gcd_bench N [CHUNK]     CHUNK: leaves per tree (default as cair scan)
//
// Input: N random 2048-bit integers with the top bit and the low bit set,
// not N RSA keys (a million RSA-2048 keys take hours to generate). The cost
// of batch GCD is that of multiplying and dividing numbers of the sizes
// involved, which depends only on the operands' lengths: random odd 2048-bit
// integers build the same trees as real moduli at the same cost. (Products of
// primes drawn from a small pool would not be an honest substitute: the
// leaves would be the right size, but nearly every modulus would be flagged
// and the measure would include that.) Random integers share small factors
// with one another far more often than RSA moduli do, so the "flagged" count
// printed is not a finding rate; it does not change the cost of the trees.
// Run one N per process: peak RSS is the process's.
#include <gmp.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "corpus/batch_gcd.h"

namespace {

double CpuSeconds() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
         static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

double PeakRssMib() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: batch_gcd_bench N [CHUNK]\n");
    return 2;
  }
  const size_t n = std::strtoull(argv[1], nullptr, 10);
  cair::corpus::BatchGcdOptions opt;
  if (argc > 2) opt.chunk = std::strtoull(argv[2], nullptr, 10);
  if (n < 2 || opt.chunk < 2) {
    std::fprintf(stderr, "batch_gcd_bench: N and CHUNK must be at least 2\n");
    return 2;
  }
  using Clock = std::chrono::steady_clock;

  gmp_randstate_t rng;
  gmp_randinit_default(rng);
  gmp_randseed_ui(rng, 2048);
  std::vector<std::string> moduli;
  moduli.reserve(n);
  mpz_t v, w, g;
  mpz_inits(v, w, g, nullptr);
  for (size_t i = 0; i < n; ++i) {
    mpz_urandomb(v, rng, 2048);
    mpz_setbit(v, 2047);
    mpz_setbit(v, 0);
    std::string bytes(256, '\0');
    size_t count = 0;
    mpz_export(bytes.data(), &count, 1, 1, 1, 0, v);
    moduli.push_back(std::move(bytes));
  }
  const double input_rss = PeakRssMib();

  // Baseline: pairwise gcds of 2048-bit numbers, on a sample.
  const size_t sample = 20000;
  double c0 = CpuSeconds();
  for (size_t i = 0; i < sample; ++i) {
    mpz_import(v, 256, 1, 1, 1, 0, moduli[i % n].data());
    mpz_import(w, 256, 1, 1, 1, 0, moduli[(i * 7 + 1) % n].data());
    mpz_gcd(g, v, w);
  }
  const double per_gcd = (CpuSeconds() - c0) / sample;  // CPU: the machine is shared
  const double pairs = static_cast<double>(n) * static_cast<double>(n - 1) / 2;

  const double cpu0 = CpuSeconds();
  const auto t0 = Clock::now();
  const std::vector<size_t> flagged = cair::corpus::BatchGcd(moduli, opt);
  const double wall = std::chrono::duration<double>(Clock::now() - t0).count();
  const double cpu = CpuSeconds() - cpu0;

  double load[3] = {0, 0, 0};
  if (FILE* f = std::fopen("/proc/loadavg", "r")) {
    if (std::fscanf(f, "%lf %lf %lf", &load[0], &load[1], &load[2]) != 3) load[0] = -1;
    std::fclose(f);
  }
  std::printf("batch GCD, %zu random odd 2048-bit integers, chunk %zu (%zu tree%s), one core\n", n, opt.chunk,
              (n + opt.chunk - 1) / opt.chunk, n > opt.chunk ? "s" : "");
  std::printf("  batch GCD:         %10.1f s CPU  %10.1f s wall  (%.0f us CPU per modulus)\n", cpu, wall,
              1e6 * cpu / static_cast<double>(n));
  std::printf("  pairwise baseline: %10.0f s CPU  (%.0f pairs x %.2f us CPU per 2048-bit gcd, measured on %zu)\n",
              pairs * per_gcd, pairs, 1e6 * per_gcd, sample);
  std::printf("  speed-up:          %10.0fx (CPU)\n", pairs * per_gcd / cpu);
  std::printf("  peak RSS:         %10.0f MiB  (input moduli alone: %.0f MiB)\n", PeakRssMib(), input_rss);
  std::printf("  flagged:          %10zu  (random integers share small factors; not a finding rate)\n", flagged.size());
  std::printf("  load average:     %.2f %.2f %.2f (2 cores, shared)\n", load[0], load[1], load[2]);
  mpz_clears(v, w, g, nullptr);
  gmp_randclear(rng);
  return 0;
}
