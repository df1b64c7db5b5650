// File: monitor/http_fetch.h
// HTTP requests of `cair monitor` (OCSP probes, CRL downloads) through
// libcurl's multi interface: many requests, at most `in_flight` on the wire at
// once, each with its own timeout. Failures are values in the response
// (timeout, connection closed, refused), never exceptions.
#ifndef CAIR_MONITOR_HTTP_FETCH_H_
#define CAIR_MONITOR_HTTP_FETCH_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace cair::monitor {

struct HttpRequest {
  std::string url;
  bool post = false;          // else GET
  std::string body;           // POST body
  std::string content_type;   // POST Content-Type
  std::string accept;         // Accept header, if any
};

enum class HttpOutcome {
  kOk,          // an HTTP response arrived (any status)
  kTimeout,     // no complete response within the timeout
  kConnection,  // refused, reset, closed before a response, DNS failure
  kTooLarge,    // the body exceeded max_body
};

struct HttpResponse {
  HttpOutcome outcome = HttpOutcome::kConnection;
  long status = 0;             // HTTP status when kOk
  std::string content_type;    // Content-Type header, as sent
  std::string body;
  double seconds = 0;          // from the request's start to its end
  std::string error;           // libcurl's message when not kOk
};

struct FetchOptions {
  long timeout_ms = 10000;     // whole request (BR 4.10.2: ten seconds)
  long connect_timeout_ms = 0; // 0: timeout_ms
  size_t in_flight = 8;
  size_t max_body = 64u << 20; // a CRL may be large; an OCSP response is not
};

// Performs every request, `options.in_flight` at a time; one response per
// request, in order.
std::vector<HttpResponse> FetchAll(const std::vector<HttpRequest>& requests, const FetchOptions& options);

// "text/html; charset=utf-8" -> "text/html".
std::string MediaType(const std::string& content_type);

}  // namespace cair::monitor

#endif  // CAIR_MONITOR_HTTP_FETCH_H_
