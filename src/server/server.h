// File: server/server.h
// `cair serve`: the pre-issuance lint gate (BR 4.3.1.2), the incident API and
// the compliance dashboard over one incident store, on an event-driven
// transport (server/transport.h: HTTP/1.1, keep-alive, TLS). Routes:
//   POST /v1/lint, /v1/lint/pair, /v1/gate
//   GET  /v1/incidents, /v1/incidents/{id}, /v1/incidents/{id}/timeline, /v1/due, /v1/halts
//   POST /v1/incidents/{id}/halt, /v1/halts/{id}/resume, /v1/incidents/{id}/timeline,
//        /v1/action-items/{id}/status            (Authorization: Bearer TOKEN)
//   GET  /, /incidents/{id}, /gate                (HTML)
//   GET  /revocation, /revocation?issuer=DN       (HTML: `cair monitor run`'s state)
//   GET  /healthz, /metrics                       (Prometheus text)
//   POST /lintcert, /linttbscert, /lintcrl, /linttbscrl, /lintocsp, /linttbsocsp;
//   GET  /linters, /profiles                      (pkimetal's API: server/pkimetal_api.h)
// Every error is JSON {"error": message, "status": code}; the server keeps
// serving whatever a request holds.
#ifndef CAIR_SERVER_SERVER_H_
#define CAIR_SERVER_SERVER_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "incident/store.h"
#include "lint/config.h"

namespace cair::server {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port (see Server::port())
  std::string db;   // the incident store
  lint::Config lint_config;             // the lints' TOML configuration (gate and /v1/lint)
  std::set<std::string> ignored_lints;  // lints whose error never denies at the gate
  size_t max_body = 1 << 20;            // larger request bodies get 413
  int threads = 0;                      // worker threads; 0: 4 per core, at least 8
  int read_timeout_s = 5, write_timeout_s = 5, keep_alive_s = 5;  // read: a whole request, headers and body
  // Limits of the transport (server/transport.h; issue 17).
  size_t max_header = 16 * 1024;  // request line and headers; larger gets 431
  size_t max_connections = 16384, max_per_client = 4096, max_requests_per_connection = 10000;
  // TLS (PEM files; empty: plain HTTP) and mutual TLS (client_ca: a client
  // certificate issued under it is required).
  std::string tls_cert, tls_key, client_ca;
  // A bearer token over plain HTTP from a non-loopback address is refused
  // unless this is set (tokens in clear text on a network).
  bool allow_plain_tokens = false;
  std::optional<int64_t> now;           // a fixed "now" (tests, what-if); else the clock
  std::FILE* access_log = stderr;       // one JSON line per request; nullptr: none
};

class Server {
 public:
  // Opens the store (two connections: one for the API and dashboard, one
  // that only watches the halts for the gate), builds the lint runners and
  // binds the listening socket.
  static base::StatusOr<std::unique_ptr<Server>> Create(ServerOptions options);
  ~Server();
  int port() const;
  // Serves until Stop(); in-flight requests finish first. False when the
  // server could not run.
  bool Run();
  // Thread-safe; not async-signal-safe (call it from a signal-waiting thread).
  void Stop();
  // Re-reads the TLS certificate and key (SIGHUP); false with `*error`
  // (the old ones stay in use) when they do not load.
  bool ReloadTls(std::string* error);
  bool tls() const;

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace cair::server

#endif  // CAIR_SERVER_SERVER_H_
