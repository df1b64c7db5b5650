// File: server/transport.h
// What runs `cair serve`'s handlers (issue 17): event-driven HTTP/1.1 on
// Boost.Asio/Beast, optionally TLS or mutual TLS (OpenSSL). A few I/O
// threads hold every connection; the handlers run on a fixed worker pool,
// so an idle or stalled client costs a socket and a few KiB, never a
// thread. Limits: a deadline for a whole request (headers and body), the
// header size (431), the body size (413), connections in total and per
// client address, requests per keep-alive connection.
//
// The surface is cpp-httplib's Server (Get/Post with a regex filling
// req.matches, pre-routing, error, exception handlers, a logger), and the
// handlers receive httplib::Request/Response values, so routes written for
// cpp-httplib run unchanged.
#ifndef CAIR_SERVER_TRANSPORT_H_
#define CAIR_SERVER_TRANSPORT_H_

#include <httplib.h>

#include <cstddef>
#include <memory>
#include <string>

namespace cair::server {

struct TransportOptions {
  size_t max_body = 1 << 20;           // larger Content-Length: 413, connection closed
  size_t max_header = 16 * 1024;       // request line and headers; larger: 431
  int request_timeout_s = 10;          // a whole request, headers and body, from when the connection is ready for it
  int keep_alive_s = 5;                // idle time allowed between requests (added to the request deadline)
  int write_timeout_s = 5;             // a whole response
  size_t max_connections = 16384;      // open connections in total; more are closed at once
  size_t max_per_client = 4096;        // open connections per client address
  size_t max_requests_per_connection = 10000;
  int workers = 8;                     // handler threads
  int io_threads = 2;                  // threads that run the sockets
  // TLS (PEM files); empty cert: plain HTTP. client_ca: require a client
  // certificate issued under it (mutual TLS).
  std::string tls_cert, tls_key, client_ca;
};

class Transport {
 public:
  using Handler = httplib::Server::Handler;
  using HandlerWithResponse = httplib::Server::HandlerWithResponse;
  using ExceptionHandler = httplib::Server::ExceptionHandler;

  Transport();
  ~Transport();
  Transport(const Transport&) = delete;
  Transport& operator=(const Transport&) = delete;

  Transport& Get(const std::string& pattern, Handler handler);  // GET and HEAD
  Transport& Post(const std::string& pattern, Handler handler);
  void set_pre_routing_handler(HandlerWithResponse handler);
  void set_error_handler(HandlerWithResponse handler);
  void set_exception_handler(ExceptionHandler handler);
  void set_logger(httplib::Logger logger);

  // Before binding. Loads the TLS files; false with `*error` when they do
  // not load.
  bool Configure(const TransportOptions& options, std::string* error);
  // Re-reads the TLS files (SIGHUP); new connections use them, open ones
  // keep theirs. False with `*error` (the old ones stay) when they do not
  // load.
  bool ReloadTls(std::string* error);
  bool tls() const;

  int bind_to_any_port(const std::string& host);
  bool bind_to_port(const std::string& host, int port);
  // Serves until stop(); false when the server could not run.
  bool listen_after_bind();
  // Thread-safe: stops accepting, lets running handlers finish, returns.
  void stop();

  struct Impl;  // internal (transport.cc)

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace cair::server

#endif  // CAIR_SERVER_TRANSPORT_H_
