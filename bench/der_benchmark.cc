// Micro-benchmarks of the DER and X.509 layers (Google Benchmark).
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "x509/certificate.h"
#include "x509/input.h"

namespace {

std::string SampleDer() {
  std::ifstream in(std::string(CAIR_SOURCE_DIR) + "/samples/issuing-ca.pem");
  std::stringstream ss;
  ss << in.rdbuf();
  return cair::x509::DecodeObjects(ss.str(), cair::x509::InputFormat::kPem).objects.at(0).der;
}

void BM_ParseCertificate(benchmark::State& state) {
  std::string der = SampleDer();
  for (auto _ : state) {
    auto c = cair::x509::ParseCertificate(cair::der::Input(std::string_view(der)));
    benchmark::DoNotOptimize(c.parsed);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ParseCertificate);

void BM_WalkTlv(benchmark::State& state) {
  std::string der = SampleDer();
  for (auto _ : state) {
    size_t n = 0;
    cair::der::Parser p{cair::der::Input(std::string_view(der))};
    while (auto el = p.Next()) {
      cair::der::Parser inner(el->value);
      while (auto e2 = inner.Next()) ++n;
    }
    benchmark::DoNotOptimize(n);
  }
}
BENCHMARK(BM_WalkTlv);

}  // namespace
