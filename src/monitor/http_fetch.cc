#include "monitor/http_fetch.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <mutex>

namespace cair::monitor {
namespace {

void GlobalInit() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Transfer {
  CURL* easy = nullptr;
  curl_slist* headers = nullptr;
  HttpResponse* out = nullptr;
  size_t max_body = 0;
  bool too_large = false;
  char error[CURL_ERROR_SIZE] = {0};
};

size_t OnBody(char* data, size_t size, size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const size_t len = size * n;
  if (t->out->body.size() + len > t->max_body) {
    t->too_large = true;
    return 0;  // aborts the transfer (CURLE_WRITE_ERROR)
  }
  t->out->body.append(data, len);
  return len;
}

Transfer* Start(CURLM* multi, const HttpRequest& req, HttpResponse* out, const FetchOptions& opt) {
  auto* t = new Transfer;
  t->out = out;
  t->max_body = opt.max_body;
  t->easy = curl_easy_init();
  CURL* e = t->easy;
  curl_easy_setopt(e, CURLOPT_URL, req.url.c_str());
  curl_easy_setopt(e, CURLOPT_PRIVATE, t);
  curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, OnBody);
  curl_easy_setopt(e, CURLOPT_WRITEDATA, t);
  curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->error);
  curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, opt.timeout_ms);
  curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, opt.connect_timeout_ms > 0 ? opt.connect_timeout_ms : opt.timeout_ms);
  curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);  // a redirect is what the responder answered
  curl_easy_setopt(e, CURLOPT_USERAGENT, "cair-monitor");
  if (!req.accept.empty()) t->headers = curl_slist_append(t->headers, ("Accept: " + req.accept).c_str());
  if (req.post) {
    curl_easy_setopt(e, CURLOPT_POST, 1L);
    curl_easy_setopt(e, CURLOPT_POSTFIELDS, req.body.data());
    curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE, static_cast<long>(req.body.size()));
    if (!req.content_type.empty())
      t->headers = curl_slist_append(t->headers, ("Content-Type: " + req.content_type).c_str());
    t->headers = curl_slist_append(t->headers, "Expect:");  // no 100-continue round trip
  }
  if (t->headers) curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);
  curl_multi_add_handle(multi, e);
  return t;
}

void Finish(CURLM* multi, Transfer* t, CURLcode code) {
  HttpResponse& r = *t->out;
  CURL* e = t->easy;
  double total = 0;
  curl_easy_getinfo(e, CURLINFO_TOTAL_TIME, &total);
  r.seconds = total;
  if (code == CURLE_OK) {
    r.outcome = HttpOutcome::kOk;
    curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &r.status);
    const char* ct = nullptr;
    curl_easy_getinfo(e, CURLINFO_CONTENT_TYPE, &ct);
    r.content_type = ct ? ct : "";
  } else if (t->too_large) {
    r.outcome = HttpOutcome::kTooLarge;
    r.error = "response body larger than " + std::to_string(t->max_body) + " bytes";
  } else {
    r.outcome = code == CURLE_OPERATION_TIMEDOUT ? HttpOutcome::kTimeout : HttpOutcome::kConnection;
    r.error = t->error[0] ? t->error : curl_easy_strerror(code);
  }
  curl_multi_remove_handle(multi, e);
  curl_easy_cleanup(e);
  curl_slist_free_all(t->headers);
  delete t;
}

}  // namespace

std::string MediaType(const std::string& content_type) {
  std::string m = content_type.substr(0, content_type.find(';'));
  while (!m.empty() && std::isspace(static_cast<unsigned char>(m.back()))) m.pop_back();
  size_t i = 0;
  while (i < m.size() && std::isspace(static_cast<unsigned char>(m[i]))) ++i;
  m = m.substr(i);
  std::transform(m.begin(), m.end(), m.begin(), [](unsigned char c) { return std::tolower(c); });
  return m;
}

std::vector<HttpResponse> FetchAll(const std::vector<HttpRequest>& requests, const FetchOptions& options) {
  GlobalInit();
  std::vector<HttpResponse> out(requests.size());
  if (requests.empty()) return out;
  CURLM* multi = curl_multi_init();
  const size_t limit = std::max<size_t>(1, options.in_flight);
  curl_multi_setopt(multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, static_cast<long>(limit));
  size_t next = 0, running = 0;
  while (next < requests.size() || running > 0) {
    while (running < limit && next < requests.size()) {
      Start(multi, requests[next], &out[next], options);
      ++next;
      ++running;
    }
    int still = 0;
    curl_multi_perform(multi, &still);
    int queued = 0;
    while (CURLMsg* m = curl_multi_info_read(multi, &queued)) {
      if (m->msg != CURLMSG_DONE) continue;
      Transfer* t = nullptr;
      curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, &t);
      Finish(multi, t, m->data.result);
      --running;
    }
    if (running > 0 && (next >= requests.size() || running >= limit)) curl_multi_poll(multi, nullptr, 0, 100, nullptr);
  }
  curl_multi_cleanup(multi);
  return out;
}

}  // namespace cair::monitor
