// `cair monitor run`: the continuous watch (monitor/watch.h), a round every
// `interval` seconds until SIGINT or SIGTERM, or one round with --once.
#include <csignal>
#include <ctime>
#include <iostream>
#include <memory>
#include <thread>

#include "cli/commands.h"
#include "cli/monitor_command.h"
#include "incident/rules.h"
#include "monitor/watch.h"

namespace cair::cli {
namespace {

volatile std::sig_atomic_t g_monitor_stop = 0;
void OnMonitorSignal(int) { g_monitor_stop = 1; }

struct RunFlags {
  MonitorOptions monitor;
  std::string config;
  bool once = false;
};

// `cair monitor run --help`.
constexpr const char* kRunHelp =
    "Watch CRLs and OCSP responders: every `interval` seconds download each CRL URL (recorded in the CRL\n"
    "history), probe each responder, and record every observation and finding in the store, until\n"
    "SIGINT/SIGTERM (the round in progress finishes first). `cair serve` shows the state on /revocation\n"
    "and in /metrics.\n\n"
    "monitor.toml:\n"
    "  interval = 300            # seconds between rounds\n"
    "  timeout = 10              # seconds per request (BR 4.10.2)\n"
    "  in_flight = 8             # requests on the wire at once\n"
    "  [[issuer]]\n"
    "  cert = \"ca.pem\"           # the issuing CA (paths relative to monitor.toml)\n"
    "  crl_urls = [\"http://crl.example.com/ca.crl\"]\n"
    "  ocsp_urls = [\"http://ocsp.example.com/\"]\n"
    "  certs = [\"issued.pem\"]    # optional: certificates to ask about every round\n"
    "  unissued = 2              # random never-issued serials per responder and round\n"
    "  revoked_sample = 50       # serials of each fresh CRL asked about per round (0: all)\n"
    "  methods = [\"post\", \"get\"]  # default both\n"
    "  hashes = [\"sha1\"]         # CertID hashes: sha1, sha256\n\n"
    "Examples:\n"
    "  cair monitor run --config monitor.toml                 # until Ctrl-C / SIGTERM\n"
    "  cair monitor run --config monitor.toml --once --json   # one round (cron, tests)\n"
    "  cair monitor run --config monitor.toml --incident 12   # attach what is found\n\n"
    "Besides the CRL history's and the OCSP prober's findings, a CRL URL gives crl-http-error (HTTP error,\n"
    "connection closed) and crl-timeout; bytes that are not a CRL (an HTML page) give crl-unparsable.\n"
    "Exit: with --once 1 when an error-level finding was made, else 0; 0 after a signal; 2 usage\n"
    "(a bad monitor.toml is named with the field); 3 the store failed.";

void RunMonitor(const RunFlags& f, int* exit_code) {
  std::string error;
  auto config = monitor::ReadWatchConfig(f.config, &error);
  if (!config) {
    std::cerr << "cair monitor run: --config " << error << "\n";
    *exit_code = kExitUsage;
    return;
  }
  int64_t now = 0;
  auto store = OpenStore(f.monitor.store, &now, exit_code);
  if (!store) return;
  const bool fixed_now = !f.monitor.store.now.empty();
  g_monitor_stop = 0;
  std::signal(SIGINT, OnMonitorSignal);
  std::signal(SIGTERM, OnMonitorSignal);
  int rc = kExitOk;
  for (int round = 1;; ++round) {
    const int64_t at = fixed_now ? now : static_cast<int64_t>(std::time(nullptr));
    auto r = monitor::WatchRound(*store, *config, fixed_now ? now : 0);
    if (!r.ok()) {
      std::cerr << "cair monitor run: store: " << r.status().message() << "\n";
      *exit_code = kExitBadInput;
      return;
    }
    for (const auto& n : r->notes) std::cerr << "cair monitor run: " << n << "\n";
    std::cerr << "cair monitor run: round " << round << " at " << incident::FormatRfc3339(at) << ": "
              << r->crl_downloads << " CRL downloads (" << r->crl_failures << " failed), "
              << r->ocsp_requests << " OCSP requests (" << r->ocsp_failures << " unanswered), "
              << r->findings.size() << " findings\n";
    rc = kExitOk;
    FinishMonitorRun(*store, f.monitor, r->findings, r->finding_ids, false, at, &rc);
    if (f.once || rc == kExitBadInput) break;
    for (int64_t waited = 0; !g_monitor_stop && waited < config->interval_s * 10; ++waited)
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (g_monitor_stop) {
      std::cerr << "cair monitor run: stopped by a signal after round " << round << "; every observation is saved\n";
      rc = kExitOk;
      break;
    }
  }
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  *exit_code = rc;
}

}  // namespace

void AddMonitorRunCommand(CLI::App& app, int* exit_code) {
  CLI::App* monitor = MonitorGroup(app);
  auto f = std::make_shared<RunFlags>();
  CLI::App* cmd = monitor->add_subcommand("run", kRunHelp);
  cmd->add_option("--config", f->config, "monitor.toml (see above)")->required();
  cmd->add_flag("--once", f->once, "One round, then exit");
  AddMonitorOptions(cmd, &f->monitor);
  cmd->callback([f, exit_code] { RunMonitor(*f, exit_code); });
}

}  // namespace cair::cli
