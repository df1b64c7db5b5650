#include "report/bugzilla.h"

#include <httplib.h>
#include <openssl/evp.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/strings.h"
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

namespace {


}  // namespace

BugzillaClient::BugzillaClient(std::string base_url, std::string api_key) : api_key_(std::move(api_key)) {
  while (!base_url.empty() && base_url.back() == '/') base_url.pop_back();
  size_t scheme = base_url.find("://");
  size_t path = base_url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  scheme_host_ = base_url.substr(0, path);
  prefix_ = path == std::string::npos ? "" : base_url.substr(path);
}

namespace {

// A POST body streamed by `provider` (httplib's ContentProvider), or the
// string `body`.
struct Body {
  const std::string* text = nullptr;
  size_t length = 0;
  httplib::ContentProvider provider;
};

base::StatusOr<std::string> Send(const std::string& scheme_host, const std::string& prefix, const std::string& api_key,
                                   const std::string& method, const std::string& path, const Body& body) {
  const std::string url = scheme_host + prefix + path;
  httplib::Client cli(scheme_host);
  if (!cli.is_valid()) return base::InvalidArgumentError(url + ": not a usable base URL (http:// or https://)");
  cli.set_connection_timeout(10);
  cli.set_read_timeout(60);
  cli.set_write_timeout(60);
  httplib::Headers headers = {{"Accept", "application/json"}};
  if (!api_key.empty()) headers.emplace("X-BUGZILLA-API-KEY", api_key);
  auto res = method != "POST" ? cli.Get((prefix + path).c_str(), headers)
             : body.provider  ? cli.Post((prefix + path).c_str(), headers, body.length, body.provider, "application/json")
                              : cli.Post((prefix + path).c_str(), headers, *body.text, "application/json");
  if (!res) return base::InvalidArgumentError(method + " " + url + ": " + httplib::to_string(res.error()));
  if (res->status < 200 || res->status >= 300) {
    std::string detail;
    auto j = nlohmann::json::parse(res->body, nullptr, false);
    if (!j.is_discarded() && j.is_object() && j.contains("message") && j["message"].is_string()) detail = ": " + j["message"].get<std::string>();
    return base::InvalidArgumentError(method + " " + url + ": HTTP " + std::to_string(res->status) + detail);
  }
  return res->body;
}

}  // namespace

base::StatusOr<std::string> BugzillaClient::Request(const std::string& method, const std::string& path, const std::string& body) {
  return Send(scheme_host_, prefix_, api_key_, method, path, Body{&body, body.size(), nullptr});
}

// The id in a POST's answer: {"id": N} for a comment, {"ids": [N]} for an
// attachment.
base::StatusOr<int64_t> BugzillaClient::NewId(const std::string& path, const base::StatusOr<std::string>& body, const char* what) {
  CAIR_RETURN_IF_ERROR(body);
  auto j = nlohmann::json::parse(*body, nullptr, false);
  if (!j.is_discarded() && j.is_object() && j.contains("ids") && j["ids"].is_array() && !j["ids"].empty() &&
      j["ids"][0].is_number_integer())
    return j["ids"][0].get<int64_t>();
  if (j.is_discarded() || !j.is_object() || !j.contains("id") || !j["id"].is_number_integer())
    return base::InvalidArgumentError("POST " + path + ": the answer has no " + what + " \"id\"");
  return j["id"].get<int64_t>();
}

base::StatusOr<int64_t> BugzillaClient::AddComment(int64_t bug, const std::string& markdown) {
  const std::string path = "/rest/bug/" + std::to_string(bug) + "/comment";
  return NewId(path, Request("POST", path, BugzillaCommentJson(markdown)), "comment");
}

base::StatusOr<int64_t> BugzillaClient::AddAttachment(int64_t bug, const std::string& file, const std::string& summary,
                                                        const std::string& content_type) {
  const std::string path = "/rest/bug/" + std::to_string(bug) + "/attachment";
  std::ifstream in(file, std::ios::binary);
  if (!in) return base::InvalidArgumentError(file + ": cannot open");
  std::error_code ec;
  const uint64_t size = std::filesystem::file_size(file, ec);
  if (ec) return base::InvalidArgumentError(file + ": " + ec.message());
  // The body: {...,"data":"BASE64"}, the base64 produced 3 bytes to 4
  // characters as httplib asks for the next piece.
  const std::string name = std::filesystem::path(file).filename().string();
  std::string head = nlohmann::json{{"ids", {bug}}, {"file_name", name}, {"summary", summary}, {"content_type", content_type}}.dump();
  head.pop_back();  // the closing brace: "data" follows
  head += ",\"data\":\"";
  const std::string tail = "\"}";
  const uint64_t encoded = (size + 2) / 3 * 4;
  std::vector<char> raw(3 << 16);
  std::string chunk;
  bool read_error = false;
  httplib::ContentProvider provider = [&](size_t offset, size_t, httplib::DataSink& sink) {
    if (offset < head.size()) return sink.write(head.data() + offset, head.size() - offset);
    if (offset < head.size() + encoded) {
      in.read(raw.data(), static_cast<std::streamsize>(raw.size()));
      const size_t n = static_cast<size_t>(in.gcount());
      if (n == 0) return read_error = true, false;
      chunk = base::Base64Encode(std::string_view(raw.data(), n));
      return sink.write(chunk.data(), chunk.size());
    }
    return sink.write(tail.data() + (offset - head.size() - encoded), tail.size() - (offset - head.size() - encoded));
  };
  auto body = Send(scheme_host_, prefix_, api_key_, "POST", path, Body{nullptr, head.size() + encoded + tail.size(), provider});
  if (read_error) return base::InvalidArgumentError(file + ": read error while sending");
  return NewId(path, body, "attachment");
}

base::StatusOr<std::vector<BugzillaComment>> BugzillaClient::Comments(int64_t bug) {
  const std::string path = "/rest/bug/" + std::to_string(bug) + "/comment";
  auto body = Request("GET", path, "");
  CAIR_RETURN_IF_ERROR(body);
  auto j = nlohmann::json::parse(*body, nullptr, false);
  const std::string key = std::to_string(bug);
  if (j.is_discarded() || !j.contains("bugs") || !j["bugs"].contains(key) || !j["bugs"][key].contains("comments") ||
      !j["bugs"][key]["comments"].is_array())
    return base::InvalidArgumentError("GET " + path + ": expected {\"bugs\": {\"" + key + "\": {\"comments\": [...]}}}");
  std::vector<BugzillaComment> out;
  for (const auto& c : j["bugs"][key]["comments"]) {
    BugzillaComment x;
    x.id = c.value("id", int64_t{0});
    x.count = c.value("count", int64_t{0});
    x.creator = c.value("creator", std::string());
    x.text = c.value("text", std::string());
    auto t = incident::ParseRfc3339(c.value("creation_time", std::string()));
    if (!t) return base::InvalidArgumentError("GET " + path + ": comment " + std::to_string(x.id) + " has no RFC 3339 creation_time");
    x.created_at = *t;
    out.push_back(std::move(x));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.count < b.count; });
  return out;
}

base::StatusOr<std::string> BugzillaClient::Whiteboard(int64_t bug) {
  const std::string path = "/rest/bug/" + std::to_string(bug);
  auto body = Request("GET", path, "");
  CAIR_RETURN_IF_ERROR(body);
  auto j = nlohmann::json::parse(*body, nullptr, false);
  if (j.is_discarded() || !j.contains("bugs") || !j["bugs"].is_array() || j["bugs"].empty() || !j["bugs"][0].is_object())
    return base::InvalidArgumentError("GET " + path + ": expected {\"bugs\": [{...}]}");
  const auto& b = j["bugs"][0];
  return b.contains("whiteboard") && b["whiteboard"].is_string() ? b["whiteboard"].get<std::string>() : std::string();
}

}  // namespace cair::report
