#include "server/metrics.h"

#include <algorithm>
#include <cstdio>
#include <sstream>
#include <tuple>

namespace cair::server {

std::string RouteOf(const std::string& path) {
  static const char* const kRoutes[] = {
      "/", "/gate", "/healthz", "/metrics", "/incidents/{id}", "/v1/lint", "/v1/lint/pair", "/v1/gate",
      "/v1/incidents", "/v1/incidents/{id}", "/v1/due", "/v1/incidents/{id}/timeline", "/v1/incidents/{id}/halt",
      "/v1/halts/{id}/resume", "/v1/action-items/{id}/status", "/v1/halts", "/revocation",
      "/lintcert", "/linttbscert", "/lintcrl", "/linttbscrl", "/lintocsp", "/linttbsocsp", "/linters", "/profiles"};
  std::string route;
  size_t i = 0;
  while (i < path.size()) {
    size_t j = path.find('/', i + 1);
    if (j == std::string::npos) j = path.size();
    std::string seg = path.substr(i, j - i);  // "/name"
    bool numeric = seg.size() > 1 && std::all_of(seg.begin() + 1, seg.end(), [](char c) { return c >= '0' && c <= '9'; });
    route += numeric ? "/{id}" : seg;
    i = j;
  }
  if (path.empty()) return "(other)";
  for (const char* r : kRoutes)
    if (route == r) return route;
  return "(other)";
}

const std::vector<double>& Metrics::Buckets() {
  static const std::vector<double> b = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5};
  return b;
}

void Metrics::Request(const std::string& route, const std::string& method, int status, double seconds) {
  std::lock_guard<std::mutex> lock(mu_);
  ++requests_[{route, method, status}];
  Histogram& h = latency_[route];
  if (h.buckets.empty()) h.buckets.assign(Buckets().size(), 0);
  for (size_t i = 0; i < Buckets().size(); ++i)
    if (seconds <= Buckets()[i]) {
      ++h.buckets[i];
      break;
    }
  ++h.count;
  h.sum += seconds;
}

void Metrics::GateDecision(const std::string& issuer, const std::vector<std::string>& reasons) {
  std::lock_guard<std::mutex> lock(mu_);
  if (reasons.empty()) {
    ++allowed_;
    return;
  }
  ++denied_;
  std::string key = issuer;
  if (!denied_by_issuer_.count(key) && denied_by_issuer_.size() >= kMaxIssuers) key = "(other)";
  ++denied_by_issuer_[key];
  for (const auto& r : reasons) ++denies_[{key, r}];
}

std::vector<Metrics::DenyCount> Metrics::Denies() const {
  std::lock_guard<std::mutex> lock(mu_);
  std::vector<DenyCount> out;
  for (const auto& [k, n] : denies_) out.push_back({k.first, k.second, n});
  std::stable_sort(out.begin(), out.end(), [](const DenyCount& a, const DenyCount& b) { return a.count > b.count; });
  return out;
}

int64_t Metrics::allowed() const {
  std::lock_guard<std::mutex> lock(mu_);
  return allowed_;
}

int64_t Metrics::denied() const {
  std::lock_guard<std::mutex> lock(mu_);
  return denied_;
}

std::map<std::string, int64_t> Metrics::DeniesByIssuer() const {
  std::lock_guard<std::mutex> lock(mu_);
  return denied_by_issuer_;
}

std::string PromEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\') out += "\\\\";
    else if (c == '"') out += "\\\"";
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  return out;
}

namespace {

std::string Num(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.9g", v);
  return buf;
}

}  // namespace

std::string Metrics::Prometheus(const std::vector<std::pair<std::string, double>>& gauges) const {
  std::lock_guard<std::mutex> lock(mu_);
  std::ostringstream o;
  o << "# HELP cair_http_requests_total HTTP requests by route template, method and status.\n"
       "# TYPE cair_http_requests_total counter\n";
  for (const auto& [k, n] : requests_)
    o << "cair_http_requests_total{route=\"" << PromEscape(std::get<0>(k)) << "\",method=\"" << PromEscape(std::get<1>(k))
      << "\",status=\"" << std::get<2>(k) << "\"} " << n << "\n";
  o << "# HELP cair_http_request_duration_seconds Time from routing a request to its response being written.\n"
       "# TYPE cair_http_request_duration_seconds histogram\n";
  for (const auto& [route, h] : latency_) {
    int64_t cumulative = 0;
    std::string r = PromEscape(route);
    for (size_t i = 0; i < Buckets().size(); ++i) {
      cumulative += h.buckets[i];
      o << "cair_http_request_duration_seconds_bucket{route=\"" << r << "\",le=\"" << Num(Buckets()[i]) << "\"} "
        << cumulative << "\n";
    }
    o << "cair_http_request_duration_seconds_bucket{route=\"" << r << "\",le=\"+Inf\"} " << h.count << "\n";
    o << "cair_http_request_duration_seconds_sum{route=\"" << r << "\"} " << Num(h.sum) << "\n";
    o << "cair_http_request_duration_seconds_count{route=\"" << r << "\"} " << h.count << "\n";
  }
  o << "# HELP cair_gate_decisions_total Pre-issuance gate decisions.\n"
       "# TYPE cair_gate_decisions_total counter\n"
    << "cair_gate_decisions_total{decision=\"allow\"} " << allowed_ << "\n"
    << "cair_gate_decisions_total{decision=\"deny\"} " << denied_ << "\n";
  o << "# HELP cair_gate_denied_requests_total Denied gate requests by issuer (SKI hex, else issuer DN).\n"
       "# TYPE cair_gate_denied_requests_total counter\n";
  for (const auto& [issuer, n] : denied_by_issuer_)
    o << "cair_gate_denied_requests_total{issuer=\"" << PromEscape(issuer) << "\"} " << n << "\n";
  o << "# HELP cair_gate_denies_total Gate denies by issuer and lint (lint=\"halt\": an active issuance halt).\n"
       "# TYPE cair_gate_denies_total counter\n";
  for (const auto& [k, n] : denies_)
    o << "cair_gate_denies_total{issuer=\"" << PromEscape(k.first) << "\",lint=\"" << PromEscape(k.second) << "\"} " << n
      << "\n";
  for (const auto& [name, v] : gauges) o << "# TYPE " << name << " gauge\n" << name << " " << Num(v) << "\n";
  return o.str();
}

}  // namespace cair::server
