// File: cli/monitor_command.h
// `cair monitor`: the revocation-infrastructure monitor (issue 11). Contract:
//  - MonitorGroup(app) returns the `monitor` subcommand group, creating it on
//    the first call; each monitor file adds its own subcommands to it
//    (monitor_command.cc: `crl`, `open-incident`; the OCSP half: `ocsp`, `run`).
//  - AddMonitorOptions adds the options every monitor subcommand shares:
//    --db/--now (the store), --json, --incident ID (attach the findings).
//  - FinishMonitorRun prints the findings (human lines, or with --json
//    {"findings": [...]}), attaches them to --incident when given, and sets
//    the exit code: 3 if any input was unreadable, else 1 if any finding is
//    error-level, else 0.
#ifndef CAIR_CLI_MONITOR_COMMAND_H_
#define CAIR_CLI_MONITOR_COMMAND_H_

#include <cstdint>
#include <optional>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/store_common.h"
#include "monitor/finding.h"

namespace cair::cli {

CLI::App* MonitorGroup(CLI::App& app);

struct MonitorOptions {
  StoreOptions store;
  bool json = false;
  std::optional<int64_t> incident;
};
void AddMonitorOptions(CLI::App* cmd, MonitorOptions* o);

// `finding_ids` are the store ids of `findings` (RecordFindings), or empty.
void FinishMonitorRun(incident::Store& store, const MonitorOptions& o, const std::vector<monitor::Finding>& findings,
                      const std::vector<int64_t>& finding_ids, bool bad_input, int64_t now, int* exit_code);

}  // namespace cair::cli

#endif  // CAIR_CLI_MONITOR_COMMAND_H_
