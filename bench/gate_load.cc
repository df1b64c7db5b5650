// A bounded HTTP load client for `cair serve` (bench/gate_load.sh builds and
// runs it): C keep-alive connections, one thread each, for a fixed duration,
// POSTing the given DER files in turn (or GETting a path), then prints
// requests/s, latency percentiles and errors as one JSON line.
//
//   gate_load --port P --path /v1/gate?profile=ov-tls --seconds 10 --connections 4 [--get] FILE...
//
// An error is a transport failure or a status other than 200; for /v1/gate
// the decisions are counted too.
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

struct Totals {
  std::vector<double> latencies_ms;
  long errors = 0, allow = 0, deny = 0;
  std::string first_error;
};

std::string Slurp(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

double Percentile(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  size_t i = static_cast<size_t>(p * static_cast<double>(sorted.size() - 1) + 0.5);
  return sorted[std::min(i, sorted.size() - 1)];
}

}  // namespace

int main(int argc, char** argv) {
  int port = 0, connections = 4;
  double seconds = 10;
  std::string path = "/v1/gate";
  bool get = false;
  std::vector<std::string> bodies;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> const char* { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--port") port = std::atoi(next());
    else if (a == "--path") path = next();
    else if (a == "--seconds") seconds = std::atof(next());
    else if (a == "--connections") connections = std::atoi(next());
    else if (a == "--get") get = true;
    else bodies.push_back(Slurp(argv[i]));
  }
  if (!port || connections < 1 || seconds <= 0 || (!get && bodies.empty())) {
    std::fprintf(stderr, "usage: gate_load --port P [--path PATH] [--seconds S] [--connections C] [--get] FILE...\n");
    return 2;
  }
  std::vector<Totals> totals(static_cast<size_t>(connections));
  std::atomic<bool> stop{false};
  std::vector<std::thread> threads;
  auto start = std::chrono::steady_clock::now();
  for (int c = 0; c < connections; ++c) {
    threads.emplace_back([&, c] {
      Totals& t = totals[static_cast<size_t>(c)];
      httplib::Client client("127.0.0.1", port);
      client.set_keep_alive(true);
      client.set_tcp_nodelay(true);  // headers and body go out in two writes
      client.set_read_timeout(10, 0);
      size_t k = static_cast<size_t>(c);
      while (!stop.load(std::memory_order_relaxed)) {
        auto t0 = std::chrono::steady_clock::now();
        httplib::Result r = get ? client.Get(path.c_str())
                                : client.Post(path.c_str(), bodies[k++ % bodies.size()], "application/pkix-cert");
        auto t1 = std::chrono::steady_clock::now();
        t.latencies_ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        if (!r || r->status != 200) {
          ++t.errors;
          if (t.first_error.empty())
            t.first_error = r ? std::to_string(r->status) + " " + r->body.substr(0, 200) : httplib::to_string(r.error());
          continue;
        }
        if (r->body.find("\"decision\":\"allow\"") != std::string::npos) ++t.allow;
        else if (r->body.find("\"decision\":\"deny\"") != std::string::npos) ++t.deny;
      }
    });
  }
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
  stop = true;
  for (auto& th : threads) th.join();
  double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  Totals all;
  for (auto& t : totals) {
    all.latencies_ms.insert(all.latencies_ms.end(), t.latencies_ms.begin(), t.latencies_ms.end());
    all.errors += t.errors;
    all.allow += t.allow;
    all.deny += t.deny;
    if (all.first_error.empty()) all.first_error = t.first_error;
  }
  for (char& ch : all.first_error)
    if (ch == '"' || ch == '\\' || static_cast<unsigned char>(ch) < 0x20) ch = '\'';
  std::sort(all.latencies_ms.begin(), all.latencies_ms.end());
  const size_t n = all.latencies_ms.size();
  std::printf("{\"path\":\"%s\",\"connections\":%d,\"seconds\":%.2f,\"requests\":%zu,\"rps\":%.0f,"
              "\"p50_ms\":%.3f,\"p90_ms\":%.3f,\"p99_ms\":%.3f,\"max_ms\":%.3f,\"errors\":%ld,\"allow\":%ld,\"deny\":%ld%s%s%s}\n",
              path.c_str(), connections, elapsed, n, static_cast<double>(n) / elapsed, Percentile(all.latencies_ms, 0.50),
              Percentile(all.latencies_ms, 0.90), Percentile(all.latencies_ms, 0.99), n ? all.latencies_ms.back() : 0.0,
              all.errors, all.allow, all.deny, all.first_error.empty() ? "" : ",\"first_error\":\"",
              all.first_error.empty() ? "" : all.first_error.substr(0, 120).c_str(), all.first_error.empty() ? "" : "\"");
  return all.errors ? 1 : 0;
}
