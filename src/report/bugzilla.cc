#include "report/bugzilla.h"

#include <httplib.h>

#include <algorithm>
#include <regex>

#include <nlohmann/json.hpp>

#include "incident/rules.h"
#include "report/report.h"

namespace cair::report {
namespace {

std::optional<int64_t> Date(int y, int m, int d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT00:00:00Z", y, m, d);
  return incident::ParseRfc3339(buf);
}

int Month(const std::string& name) {
  static const char* const months[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string n = name.substr(0, 3);
  std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return std::tolower(c); });
  for (int i = 0; i < 12; ++i)
    if (n == months[i]) return i + 1;
  return 0;
}

}  // namespace

std::optional<int64_t> ParseWhiteboardNextUpdate(const std::string& whiteboard) {
  static const std::regex iso(R"(next[ _-]*update\s*[-:=]?\s*(\d{4})-(\d{2})-(\d{2}))", std::regex::icase);
  static const std::regex dmy(R"(next[ _-]*update\s*[-:=]?\s*(\d{1,2})[- ]([A-Za-z]+)[- ,]+(\d{4}))", std::regex::icase);
  static const std::regex mdy(R"(next[ _-]*update\s*[-:=]?\s*([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4}))", std::regex::icase);
  std::smatch m;
  if (std::regex_search(whiteboard, m, iso)) return Date(std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]));
  if (std::regex_search(whiteboard, m, dmy) && Month(m[2]))
    return Date(std::stoi(m[3]), Month(m[2]), std::stoi(m[1]));
  if (std::regex_search(whiteboard, m, mdy) && Month(m[1])) return Date(std::stoi(m[3]), Month(m[1]), std::stoi(m[2]));
  return std::nullopt;
}

bool LooksLikeQuestion(const std::string& text) { return text.find('?') != std::string::npos; }

BugzillaClient::BugzillaClient(std::string base_url, std::string api_key) : api_key_(std::move(api_key)) {
  while (!base_url.empty() && base_url.back() == '/') base_url.pop_back();
  size_t scheme = base_url.find("://");
  size_t path = base_url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  scheme_host_ = base_url.substr(0, path);
  prefix_ = path == std::string::npos ? "" : base_url.substr(path);
}

incident::Result<std::string> BugzillaClient::Request(const std::string& method, const std::string& path, const std::string& body) {
  using R = incident::Result<std::string>;
  const std::string url = scheme_host_ + prefix_ + path;
  httplib::Client cli(scheme_host_);
  if (!cli.is_valid()) return R::Fail(url + ": not a usable base URL (http:// or https://)");
  cli.set_connection_timeout(10);
  cli.set_read_timeout(60);
  httplib::Headers headers = {{"Accept", "application/json"}};
  if (!api_key_.empty()) headers.emplace("X-BUGZILLA-API-KEY", api_key_);
  auto res = method == "POST" ? cli.Post((prefix_ + path).c_str(), headers, body, "application/json")
                              : cli.Get((prefix_ + path).c_str(), headers);
  if (!res) return R::Fail(method + " " + url + ": " + httplib::to_string(res.error()));
  if (res->status < 200 || res->status >= 300) {
    std::string detail;
    auto j = nlohmann::json::parse(res->body, nullptr, false);
    if (!j.is_discarded() && j.is_object() && j.contains("message") && j["message"].is_string()) detail = ": " + j["message"].get<std::string>();
    return R::Fail(method + " " + url + ": HTTP " + std::to_string(res->status) + detail);
  }
  return {res->body, {}};
}

incident::Result<int64_t> BugzillaClient::AddComment(int64_t bug, const std::string& markdown) {
  using R = incident::Result<int64_t>;
  auto body = Request("POST", "/rest/bug/" + std::to_string(bug) + "/comment", BugzillaCommentJson(markdown));
  if (!body.ok()) return R::Fail(body.error.message);
  auto j = nlohmann::json::parse(*body.value, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("id") || !j["id"].is_number_integer())
    return R::Fail("POST /rest/bug/" + std::to_string(bug) + "/comment: the answer has no comment \"id\"");
  return {j["id"].get<int64_t>(), {}};
}

incident::Result<std::vector<BugzillaComment>> BugzillaClient::Comments(int64_t bug) {
  using R = incident::Result<std::vector<BugzillaComment>>;
  const std::string path = "/rest/bug/" + std::to_string(bug) + "/comment";
  auto body = Request("GET", path, "");
  if (!body.ok()) return R::Fail(body.error.message);
  auto j = nlohmann::json::parse(*body.value, nullptr, false);
  const std::string key = std::to_string(bug);
  if (j.is_discarded() || !j.contains("bugs") || !j["bugs"].contains(key) || !j["bugs"][key].contains("comments") ||
      !j["bugs"][key]["comments"].is_array())
    return R::Fail("GET " + path + ": expected {\"bugs\": {\"" + key + "\": {\"comments\": [...]}}}");
  std::vector<BugzillaComment> out;
  for (const auto& c : j["bugs"][key]["comments"]) {
    BugzillaComment x;
    x.id = c.value("id", int64_t{0});
    x.count = c.value("count", int64_t{0});
    x.creator = c.value("creator", std::string());
    x.text = c.value("text", std::string());
    auto t = incident::ParseRfc3339(c.value("creation_time", std::string()));
    if (!t) return R::Fail("GET " + path + ": comment " + std::to_string(x.id) + " has no RFC 3339 creation_time");
    x.created_at = *t;
    out.push_back(std::move(x));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.count < b.count; });
  return {out, {}};
}

incident::Result<std::string> BugzillaClient::Whiteboard(int64_t bug) {
  using R = incident::Result<std::string>;
  const std::string path = "/rest/bug/" + std::to_string(bug);
  auto body = Request("GET", path, "");
  if (!body.ok()) return R::Fail(body.error.message);
  auto j = nlohmann::json::parse(*body.value, nullptr, false);
  if (j.is_discarded() || !j.contains("bugs") || !j["bugs"].is_array() || j["bugs"].empty() || !j["bugs"][0].is_object())
    return R::Fail("GET " + path + ": expected {\"bugs\": [{...}]}");
  const auto& b = j["bugs"][0];
  return {b.contains("whiteboard") && b["whiteboard"].is_string() ? b["whiteboard"].get<std::string>() : std::string(), {}};
}

}  // namespace cair::report
