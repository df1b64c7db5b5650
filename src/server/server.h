// File: server/server.h
// `cair serve`: the pre-issuance lint gate (BR 4.3.1.2), the incident API and
// the compliance dashboard over one incident store, on cpp-httplib's thread
// pool (HTTP/1.1, keep-alive). Routes:
//   POST /v1/lint, /v1/lint/pair, /v1/gate
//   GET  /v1/incidents, /v1/incidents/{id}, /v1/incidents/{id}/timeline, /v1/due, /v1/halts
//   POST /v1/incidents/{id}/halt, /v1/halts/{id}/resume, /v1/incidents/{id}/timeline,
//        /v1/action-items/{id}/status            (Authorization: Bearer TOKEN)
//   GET  /, /incidents/{id}, /gate                (HTML)
//   GET  /revocation, /revocation?issuer=DN       (HTML: `cair monitor run`'s state)
//   GET  /healthz, /metrics                       (Prometheus text)
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
  int read_timeout_s = 5, write_timeout_s = 5, keep_alive_s = 5;
  std::optional<int64_t> now;           // a fixed "now" (tests, what-if); else the clock
  std::FILE* access_log = stderr;       // one JSON line per request; nullptr: none
};

class Server {
 public:
  // Opens the store (two connections: one for the API and dashboard, one
  // that only watches the halts for the gate), builds the lint runners and
  // binds the listening socket.
  static incident::Result<std::unique_ptr<Server>> Create(ServerOptions options);
  ~Server();
  int port() const;
  // Serves until Stop(); in-flight requests finish first. False when the
  // server could not run.
  bool Run();
  // Thread-safe; not async-signal-safe (call it from a signal-waiting thread).
  void Stop();

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace cair::server

#endif  // CAIR_SERVER_SERVER_H_
