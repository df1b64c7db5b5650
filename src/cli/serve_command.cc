// `cair serve` (the pre-issuance gate, incident API and dashboard) and
// `cair token create|list|revoke` (bearer tokens for its write endpoints).
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <cstdio>
#include <iostream>
#include <sstream>
#include <thread>

#include "cli/commands.h"
#include "cli/store_common.h"
#include "incident/rules.h"
#include "lint/config.h"
#include "server/server.h"
#include "server/tokens.h"

namespace cair::cli {
namespace {

struct ServeOptions {
  StoreOptions c;
  std::string listen = "127.0.0.1:8080", config, ignore;
  size_t max_body = 1 << 20;
  int threads = 0, read_timeout = 5, write_timeout = 5, keep_alive = 5;
  size_t max_header = 16 * 1024, max_connections = 16384, max_per_client = 4096;
  std::string tls_cert, tls_key, client_ca;
  bool allow_plain_tokens = false;
};

// "HOST:PORT" or "[V6]:PORT".
bool ParseListen(const std::string& text, std::string* host, int* port) {
  size_t colon = text.rfind(':');
  if (colon == std::string::npos || colon + 1 >= text.size()) return false;
  *host = text.substr(0, colon);
  if (host->size() >= 2 && host->front() == '[' && host->back() == ']') *host = host->substr(1, host->size() - 2);
  if (host->empty()) return false;
  int p = 0;
  for (size_t i = colon + 1; i < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    p = p * 10 + (text[i] - '0');
    if (p > 65535) return false;
  }
  *port = p;
  return true;
}

int RunServe(const ServeOptions& o) {
  server::ServerOptions so;
  if (!ParseListen(o.listen, &so.host, &so.port)) {
    std::cerr << "cair serve: --listen: \"" << o.listen << "\" is not HOST:PORT such as 127.0.0.1:8080\n";
    return kExitUsage;
  }
  if (o.max_body == 0 || o.threads < 0 || o.read_timeout <= 0 || o.write_timeout <= 0 || o.keep_alive <= 0 ||
      o.max_header < 256 || o.max_connections == 0 || o.max_per_client == 0) {
    std::cerr << "cair serve: --max-body, --read-timeout, --write-timeout, --keep-alive, --max-connections and "
                 "--max-connections-per-client must be positive, --max-header at least 256, --threads not negative\n";
    return kExitUsage;
  }
  if (o.tls_cert.empty() && (!o.tls_key.empty() || !o.client_ca.empty())) {
    std::cerr << "cair serve: --tls-key and --client-ca need --tls-cert\n";
    return kExitUsage;
  }
  if (!o.c.now.empty()) {
    int code = kExitOk;
    auto t = Time("--now", o.c.now, &code);
    if (!t) return code;
    so.now = *t;
  }
  so.db = !o.c.db.empty() ? o.c.db : std::getenv("CAIR_DB") ? std::getenv("CAIR_DB") : "cair.db";
  if (!o.config.empty()) {
    std::string err;
    auto cfg = lint::Config::Load(o.config, &err);
    if (!cfg) {
      std::cerr << "cair serve: --config " << err << "\n";
      return kExitUsage;
    }
    so.lint_config = std::move(*cfg);
  }
  std::stringstream ss(o.ignore);
  std::string name;
  while (std::getline(ss, name, ','))
    if (!name.empty()) so.ignored_lints.insert(name);
  so.max_body = o.max_body;
  so.threads = o.threads;
  so.read_timeout_s = o.read_timeout;
  so.write_timeout_s = o.write_timeout;
  so.keep_alive_s = o.keep_alive;
  so.max_header = o.max_header;
  so.max_connections = o.max_connections;
  so.max_per_client = o.max_per_client;
  so.tls_cert = o.tls_cert;
  so.tls_key = o.tls_key;
  so.client_ca = o.client_ca;
  so.allow_plain_tokens = o.allow_plain_tokens;

  // SIGTERM / SIGINT stop the server gracefully: blocked in every thread
  // and taken by one waiting thread, which asks the server to stop; the
  // requests in flight finish.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGHUP);  // re-read the TLS certificate and key
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  auto created = server::Server::Create(std::move(so));
  if (!created.ok()) {
    std::cerr << "cair serve: " << created.status().message() << "\n";
    // A bad flag (--ignore-lints, --tls-*) is invalid_argument; the store or
    // the listening socket failing is not the command line's fault.
    const bool usage = created.status().code() == base::StatusCode::kInvalidArgument;
    return usage ? kExitUsage : kExitBadInput;
  }
  server::Server& srv = **created;
  std::atomic<bool> done{false};
  std::atomic<int> got{0};
  std::thread waiter([&] {
    timespec tick{0, 200 * 1000 * 1000};
    while (!done) {
      int s = sigtimedwait(&signals, nullptr, &tick);
      if (s == SIGHUP) {
        std::string error;
        if (!srv.tls())
          std::fprintf(stderr, "cair serve: SIGHUP received; no TLS certificate to reload (plain HTTP)\n");
        else if (srv.ReloadTls(&error))
          std::fprintf(stderr, "cair serve: SIGHUP received; TLS certificate and key reloaded for new connections\n");
        else
          std::fprintf(stderr, "cair serve: SIGHUP received; reload failed, the old certificate stays: %s\n", error.c_str());
        continue;
      }
      if (s == SIGTERM || s == SIGINT) {
        got = s;
        srv.Stop();
        return;
      }
    }
  });
  std::printf("cair serve: listening on %s://%s:%d\n", srv.tls() ? "https" : "http", o.listen.substr(0, o.listen.rfind(':')).c_str(),
              srv.port());
  std::fflush(stdout);
  bool ok = srv.Run();
  done = true;
  waiter.join();
  if (got) {
    std::fprintf(stderr, "cair serve: %s received, stopped after the requests in flight\n", got == SIGTERM ? "SIGTERM" : "SIGINT");
    return kExitOk;
  }
  if (!ok) {
    std::cerr << "cair serve: the server stopped unexpectedly\n";
    return kExitBadInput;
  }
  return kExitOk;
}

}  // namespace

void AddServeCommands(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<ServeOptions>();
  CLI::App* serve = app.add_subcommand(
      "serve",
      "Serve the pre-issuance lint gate (BR 4.3.1.2), the incident API and the compliance dashboard over HTTP/1.1.\n"
      "  POST /v1/lint        certificate, precertificate, TBSCertificate, CRL or OCSP response (DER as\n"
      "                       application/pkix-cert, PEM as application/x-pem-file, base64 as text/plain, or\n"
      "                       ?format=der|pem|base64) -> zlint's result map and a verdict summary\n"
      "  POST /v1/lint/pair   precertificate + final certificate -> match or the differences\n"
      "  POST /v1/gate        TBS + issuer SKI + profile -> {\"decision\": allow|deny, \"reasons\": [...]}\n"
      "  GET  /v1/incidents[/ID[/timeline]], /v1/due, /v1/halts\n"
      "  POST /v1/incidents/ID/halt, /v1/halts/ID/resume, /v1/incidents/ID/timeline,\n"
      "       /v1/action-items/ID/status   (Authorization: Bearer TOKEN, see `cair token create`)\n"
      "  GET  /  /incidents/ID  /gate   the dashboard;   GET /healthz, /metrics (Prometheus)\n"
      "  POST /lintcert, /linttbscert, /lintcrl, /linttbscrl, /lintocsp, /linttbsocsp   pkimetal's API (b64input,\n"
      "       format=json|text|html, profile, severity) -> [{\"Linter\", \"Finding\", \"Code\", \"Severity\"}];\n"
      "       GET /linters, /profiles   (README: \"pkimetal-compatible endpoints\")\n"
      "Without any token in the store the server is read-only. One JSON access-log line per request\n"
      "goes to stderr. SIGTERM or SIGINT stops it after the requests in flight; SIGHUP re-reads the TLS files.\n"
      "Connections are event-driven: idle or stalled clients cost memory, not threads; a request (headers and\n"
      "body) must arrive within --read-timeout, headers within --max-header bytes (else 431). A bearer token\n"
      "over plain HTTP from a non-loopback address is refused unless --allow-plain-tokens.\n\n"
      "Examples:\n"
      "  cair serve --listen 127.0.0.1:8080 --db incidents.db\n"
      "  cair serve --listen 0.0.0.0:8443 --tls-cert server.pem --tls-key server.key --client-ca issuing-system-ca.pem\n"
      "  cair serve --config gate.toml --ignore-lints w_ct_sct_policy_count_unsatisfied --max-body 65536\n"
      "  curl -s --data-binary @tbs.der -H 'Content-Type: application/pkix-cert' \\\n"
      "       'http://127.0.0.1:8080/v1/gate?issuer_ski=8F3A...&profile=ov-tls'\n"
      "  curl -s --data-urlencode b64input@cert.pem -d severity=warning http://127.0.0.1:8080/lintcert");
  AddStoreOptions(serve, &o->c);
  serve->add_option("--listen", o->listen, "HOST:PORT to listen on (port 0: any free port; default 127.0.0.1:8080)");
  serve->add_option("--config", o->config, "The lints' TOML configuration (as `cair lint --config`)");
  serve->add_option("--ignore-lints", o->ignore, "Lints whose error never denies at the gate (comma-separated)");
  serve->add_option("--max-body", o->max_body, "Largest request body in bytes; larger gets 413 (default 1048576)");
  serve->add_option("--threads", o->threads, "Worker threads that run requests (default: 4 per core, at least 8)");
  serve->add_option("--read-timeout", o->read_timeout, "Seconds for a whole request, headers and body, to arrive (default 5)");
  serve->add_option("--keep-alive", o->keep_alive, "Seconds an idle keep-alive connection may wait for its next request (default 5)");
  serve->add_option("--max-header", o->max_header, "Largest request line + headers in bytes; larger gets 431 (default 16384)");
  serve->add_option("--max-connections", o->max_connections, "Open connections in all; more are closed at once (default 16384)");
  serve->add_option("--max-connections-per-client", o->max_per_client, "Open connections per client address (default 4096)");
  serve->add_option("--tls-cert", o->tls_cert, "Serve HTTPS: the server certificate chain (PEM)");
  serve->add_option("--tls-key", o->tls_key, "The private key of --tls-cert (PEM; default: in --tls-cert's file)");
  serve->add_option("--client-ca", o->client_ca, "Mutual TLS: require a client certificate issued under these CA certificates (PEM)");
  serve->add_flag("--allow-plain-tokens", o->allow_plain_tokens, "Accept bearer tokens over plain HTTP from non-loopback addresses");
  serve->add_option("--write-timeout", o->write_timeout, "Seconds to wait to write a response (default 5)");
  serve->callback([o, exit_code] { *exit_code = RunServe(*o); });

  // ---- cair token ----
  CLI::App* token = AddCommandGroup(&app,
      "token", "Bearer tokens for `cair serve`'s write endpoints (stored as SHA-256; the token is shown once).\n\n"
               "Examples:\n  cair token create --name ops-oncall\n  cair token list\n  cair token revoke --name ops-oncall");
  struct TokenOpts {
    StoreOptions c;
    std::string name;
  };
  auto t = std::make_shared<TokenOpts>();
  CLI::App* create = token->add_subcommand("create", "Create a token and print it once on stdout");
  AddStoreOptions(create, &t->c);
  create->add_option("--name", t->name, "Who or what uses the token (unique)")->required();
  create->callback([t, exit_code] {
    int64_t now;
    auto store = OpenStore(t->c, &now, exit_code);
    if (!store) return;
    auto tok = server::NewToken();
    if (!tok) {
      std::cerr << "cair token create: the random number generator failed\n";
      *exit_code = kExitBadInput;
      return;
    }
    auto id = store->AddToken(t->name, server::HashToken(*tok), now);
    if (!id.ok()) {
      std::cerr << "cair token create: --name: " << id.status().message() << "\n";
      *exit_code = kExitUsage;
      return;
    }
    std::cout << *tok << "\n";
    std::cerr << "cair token create: token \"" << t->name << "\" created; it is shown only now (the store keeps its SHA-256)\n";
  });
  auto l = std::make_shared<StoreOptions>();
  CLI::App* list = token->add_subcommand("list", "List tokens: name, created, revoked (never the token)");
  AddStoreOptions(list, l.get());
  list->callback([l, exit_code] {
    int64_t now;
    auto store = OpenStore(*l, &now, exit_code);
    if (!store) return;
    auto all = store->Tokens();
    if (!all.ok()) {
      std::cerr << "cair token list: " << all.status().message() << "\n";
      *exit_code = kExitBadInput;
      return;
    }
    for (const auto& x : *all)
      std::cout << x.name << "\tcreated " << incident::FormatRfc3339(x.created_at)
                << (x.revoked_at ? "\trevoked " + incident::FormatRfc3339(*x.revoked_at) : std::string("\tactive")) << "\n";
  });
  auto r = std::make_shared<TokenOpts>();
  CLI::App* revoke = token->add_subcommand("revoke", "Revoke a token by name");
  AddStoreOptions(revoke, &r->c);
  revoke->add_option("--name", r->name, "The token's name")->required();
  revoke->callback([r, exit_code] {
    int64_t now;
    auto store = OpenStore(r->c, &now, exit_code);
    if (!store) return;
    auto ok = store->RevokeToken(r->name, now);
    if (!ok.ok()) {
      std::cerr << "cair token revoke: --name: " << ok.status().message() << "\n";
      *exit_code = kExitBadInput;
      return;
    }
    std::cout << "token \"" << r->name << "\" revoked\n";
  });
}

}  // namespace cair::cli
