// Unit tests of the metrics' route templates, label escaping and bounds, and
// the dashboard's escaping.
#include "server/metrics.h"

#include <gtest/gtest.h>

#include "server/dashboard.h"

namespace cair::server {
namespace {

TEST(RouteOf, TemplatesKeepLabelsBounded) {
  EXPECT_EQ(RouteOf("/"), "/");
  EXPECT_EQ(RouteOf(""), "(other)");
  EXPECT_EQ(RouteOf("/v1/incidents/42"), "/v1/incidents/{id}");
  EXPECT_EQ(RouteOf("/v1/incidents/42/timeline"), "/v1/incidents/{id}/timeline");
  EXPECT_EQ(RouteOf("/v1/halts/7/resume"), "/v1/halts/{id}/resume");
  EXPECT_EQ(RouteOf("/incidents/3"), "/incidents/{id}");
  EXPECT_EQ(RouteOf("/v1/secret-probe-12345abc"), "(other)");
  EXPECT_EQ(RouteOf("/../../etc/passwd"), "(other)");
}

TEST(Metrics, PrometheusTextWithHistogramAndDenies) {
  Metrics m;
  m.Request("/v1/gate", "POST", 200, 0.0007);
  m.Request("/v1/gate", "POST", 200, 0.003);
  m.Request("/v1/gate", "POST", 400, 7.0);
  m.GateDecision("ABCD", {"e_x", "halt"});
  m.GateDecision("ABCD", {"halt"});
  m.GateDecision("ABCD", {});
  std::string t = m.Prometheus({{"cair_halts_active", 2}});
  EXPECT_NE(t.find("cair_http_requests_total{route=\"/v1/gate\",method=\"POST\",status=\"200\"} 2"), std::string::npos) << t;
  EXPECT_NE(t.find("cair_http_request_duration_seconds_bucket{route=\"/v1/gate\",le=\"0.0005\"} 0"), std::string::npos) << t;
  EXPECT_NE(t.find("cair_http_request_duration_seconds_bucket{route=\"/v1/gate\",le=\"0.001\"} 1"), std::string::npos) << t;
  EXPECT_NE(t.find("cair_http_request_duration_seconds_bucket{route=\"/v1/gate\",le=\"0.005\"} 2"), std::string::npos) << t;
  EXPECT_NE(t.find("cair_http_request_duration_seconds_bucket{route=\"/v1/gate\",le=\"2.5\"} 2"), std::string::npos) << t;
  EXPECT_NE(t.find("cair_http_request_duration_seconds_bucket{route=\"/v1/gate\",le=\"+Inf\"} 3"), std::string::npos) << t;
  EXPECT_NE(t.find("cair_http_request_duration_seconds_count{route=\"/v1/gate\"} 3"), std::string::npos) << t;
  EXPECT_NE(t.find("cair_gate_decisions_total{decision=\"deny\"} 2"), std::string::npos) << t;
  EXPECT_NE(t.find("cair_gate_denies_total{issuer=\"ABCD\",lint=\"halt\"} 2"), std::string::npos) << t;
  EXPECT_NE(t.find("cair_gate_denies_total{issuer=\"ABCD\",lint=\"e_x\"} 1"), std::string::npos) << t;
  EXPECT_NE(t.find("cair_halts_active 2"), std::string::npos) << t;
  EXPECT_EQ(m.Denies().front().lint, "halt");  // highest count first
}

TEST(Metrics, IssuersBeyondTheBoundCountAsOther) {
  Metrics m;
  for (size_t i = 0; i < Metrics::kMaxIssuers + 5; ++i) m.GateDecision("I" + std::to_string(i), {"e_x"});
  auto by = m.DeniesByIssuer();
  EXPECT_EQ(by.size(), Metrics::kMaxIssuers + 1);
  EXPECT_EQ(by["(other)"], 5);
  EXPECT_EQ(m.denied(), static_cast<int64_t>(Metrics::kMaxIssuers + 5));
}

TEST(Escaping, LabelsAndHtml) {
  EXPECT_EQ(PromEscape("CN=\"a\\b\"\n"), "CN=\\\"a\\\\b\\\"\\n");
  EXPECT_EQ(HtmlEscape("<a href=\"x\">O'Neil & co</a>"), "&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; co&lt;/a&gt;");
  EXPECT_EQ(Relative(1000, 1000 + 3 * 3600 + 20 * 60), "in 3 h 20 min");
  EXPECT_EQ(Relative(1000 + 12 * 60, 1000), "12 min ago");
  EXPECT_EQ(Relative(0, 5 * 86400 + 3600), "in 5 d 1 h");
}

}  // namespace
}  // namespace cair::server
