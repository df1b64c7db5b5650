// File: server/metrics.h
// In-memory counters of `cair serve`, rendered in the Prometheus text
// exposition format (version 0.0.4): requests by route and status, a latency
// histogram per route, gate decisions, and gate denies per issuer and lint.
// Thread-safe. Label sets are bounded: routes are templates ("/v1/incidents/{id}"),
// and past kMaxIssuers distinct issuers further ones count as "(other)", so
// that a client sending arbitrary issuer SKIs cannot grow memory unbounded.
#ifndef CAIR_SERVER_METRICS_H_
#define CAIR_SERVER_METRICS_H_

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace cair::server {

// The route template of a request path: numeric segments become {id};
// paths outside the server's routes become "(other)".
std::string RouteOf(const std::string& path);

class Metrics {
 public:
  static constexpr size_t kMaxIssuers = 1000;
  // Latency histogram bucket bounds, seconds.
  static const std::vector<double>& Buckets();

  void Request(const std::string& route, const std::string& method, int status, double seconds);
  // One gate decision. `reasons`: the lint names that denied, and "halt"
  // once when a halt denied; empty for allow.
  void GateDecision(const std::string& issuer, const std::vector<std::string>& reasons);

  struct DenyCount {
    std::string issuer, lint;
    int64_t count = 0;
  };
  // Deny counts, highest first.
  std::vector<DenyCount> Denies() const;
  int64_t allowed() const;
  int64_t denied() const;
  // Denied requests per issuer.
  std::map<std::string, int64_t> DeniesByIssuer() const;

  // The exposition text; `gauges` are extra gauge lines ("name value").
  std::string Prometheus(const std::vector<std::pair<std::string, double>>& gauges) const;

 private:
  struct Histogram {
    std::vector<int64_t> buckets;  // cumulative counts are computed on output
    int64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mu_;
  std::map<std::tuple<std::string, std::string, int>, int64_t> requests_;  // route, method, status
  std::map<std::string, Histogram> latency_;                             // by route
  int64_t allowed_ = 0, denied_ = 0;
  std::map<std::string, int64_t> denied_by_issuer_;
  std::map<std::pair<std::string, std::string>, int64_t> denies_;  // issuer, lint
};

// Prometheus label-value escaping: backslash, double quote, newline.
std::string PromEscape(const std::string& s);

}  // namespace cair::server

#endif  // CAIR_SERVER_METRICS_H_
