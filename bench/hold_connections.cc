// Hostile clients for `cair serve`'s soak benchmark (bench/soak.sh): holds
// N connections open on loopback for a fixed time — half idle (connected,
// nothing sent), half stalled (a request's headers announcing a body that
// never comes) — and opens a replacement whenever the server closes one
// (its request deadline). Meanwhile it probes GET /healthz on a fresh
// connection every 100 ms and prints, as one JSON line: connections held,
// replacements opened, and the probes' count, failures, p50/p99/max in ms.
//
//   hold_connections --port P --connections 1000 --seconds 12
#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

namespace {

int Open(int port, bool stalled) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return -1;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(fd);
    return -1;
  }
  if (stalled) {
    static const char kHead[] = "POST /v1/gate HTTP/1.1\r\nHost: x\r\nContent-Type: application/pkix-cert\r\nContent-Length: 1000\r\n\r\n";
    (void)!write(fd, kHead, sizeof kHead - 1);
  }
  return fd;
}

}  // namespace

int main(int argc, char** argv) {
  int port = 0, n = 1000;
  double seconds = 10;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--port") port = std::atoi(argv[i + 1]);
    else if (a == "--connections") n = std::atoi(argv[i + 1]);
    else if (a == "--seconds") seconds = std::atof(argv[i + 1]);
  }
  if (port <= 0 || n <= 0) {
    std::fprintf(stderr, "usage: hold_connections --port P --connections N --seconds S\n");
    return 2;
  }
  rlimit r{};
  getrlimit(RLIMIT_NOFILE, &r);
  r.rlim_cur = r.rlim_max;
  setrlimit(RLIMIT_NOFILE, &r);

  const auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  std::vector<pollfd> fds(static_cast<size_t>(n));
  long reopened = 0, failed_opens = 0;
  for (int i = 0; i < n; ++i) {
    fds[static_cast<size_t>(i)] = {Open(port, i % 2 == 1), POLLIN, 0};
    if (fds[static_cast<size_t>(i)].fd < 0) ++failed_opens;
  }
  std::atomic<bool> done{false};
  std::vector<double> probes;
  long probe_failures = 0;
  std::thread prober([&] {
    while (!done) {
      httplib::Client c("127.0.0.1", port);
      c.set_connection_timeout(5, 0);
      c.set_read_timeout(5, 0);
      const auto t0 = std::chrono::steady_clock::now();
      auto res = c.Get("/healthz");
      const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      if (!res || res->status != 200) ++probe_failures;
      else probes.push_back(ms);
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  });
  while (std::chrono::steady_clock::now() < end) {
    if (poll(fds.data(), fds.size(), 50) <= 0) continue;
    for (size_t i = 0; i < fds.size(); ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      char buf[4096];
      if (read(fds[i].fd, buf, sizeof buf) > 0) continue;  // (a 4xx before closing)
      close(fds[i].fd);
      fds[i].fd = Open(port, i % 2 == 1);
      ++reopened;
      if (fds[i].fd < 0) ++failed_opens;
    }
  }
  done = true;
  prober.join();
  long held = 0;
  for (auto& p : fds)
    if (p.fd >= 0) {
      ++held;
      close(p.fd);
    }
  std::sort(probes.begin(), probes.end());
  auto pct = [&](double p) {
    return probes.empty() ? 0.0 : probes[std::min(probes.size() - 1, static_cast<size_t>(p * static_cast<double>(probes.size() - 1) + 0.5))];
  };
  std::printf("{\"held\": %ld, \"reopened\": %ld, \"failed_opens\": %ld, \"healthz_probes\": %zu, \"healthz_failures\": %ld, "
              "\"healthz_p50_ms\": %.2f, \"healthz_p99_ms\": %.2f, \"healthz_max_ms\": %.2f}\n",
              held, reopened, failed_opens, probes.size(), probe_failures, pct(0.5), pct(0.99), probes.empty() ? 0.0 : probes.back());
  return 0;
}
