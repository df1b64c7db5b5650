// File: cli/commands.h
// The `cair` subcommands. Each takes the arguments after its name and returns
// the process exit code (kExit*, cli/exit_codes.h).
#ifndef CAIR_CLI_COMMANDS_H_
#define CAIR_CLI_COMMANDS_H_

#include <algorithm>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/exit_codes.h"  // kExitOk ... kExitInterrupted, which scripts can rely on

namespace cair::cli {

void AddLintCommand(CLI::App& app, int* exit_code);
void AddConformanceCommand(CLI::App& app, int* exit_code);
void AddDocsCommand(CLI::App& app, int* exit_code);
void AddScanCommand(CLI::App& app, int* exit_code);
void AddIncidentCommands(CLI::App& app, int* exit_code);
void AddWorkflowCommands(CLI::App& app, int* exit_code);
void AddIncidentLifecycleCommands(CLI::App& app, int* exit_code);  // after AddIncidentCommands
void AddSeparateIncidentCommands(CLI::App& app, int* exit_code);  // recurrence, incident split, audit (after AddIncidentCommands)
void AddServeCommands(CLI::App& app, int* exit_code);  // cair serve, cair token
void AddReportCommands(CLI::App& app, int* exit_code);  // cair report, cair report check, cair bugzilla
void AddMonitorOcspCommand(CLI::App& app, int* exit_code);  // cair monitor ocsp
void AddMonitorRunCommand(CLI::App& app, int* exit_code);   // cair monitor run
void AddMonitorCommands(CLI::App& app, int* exit_code);  // cair monitor crl, cair monitor open-incident
void AddProblemReportCommands(CLI::App& app, int* exit_code);  // cair problem-report (BR 4.9.5)

// Rewrites zlint's single-dash camelCase flags (-includeNames) to ours
// (--include-names), so that cair is a drop-in for zlint command lines.
std::vector<std::string> TranslateZlintFlags(std::vector<std::string> args);

// A subcommand of `parent` that holds subcommands, one of which must be given.
inline CLI::App* AddCommandGroup(CLI::App* parent, const std::string& name, const std::string& description) {
  CLI::App* group = parent->add_subcommand(name, description);
  group->require_subcommand(1);
  return group;
}

// What `cair --help` says first (cair-full and the front executable, cli/helper_exec.h, build the same application).
inline constexpr const char* kAppDescription =
    "cair - lint certificates, CRLs and OCSP responses, and respond to CA compliance incidents.\n"
    "Run `cair COMMAND --help` for a command's options and examples.";

// Parses `args` (the command line after the program name) into `app`, which
// runs the command named, and returns the process's exit code: 0 after
// --help or --version, kExitUsage for a parse error (CLI11 prints it), else
// `exit_code` as the command left it.
inline int ParseAndRun(CLI::App& app, std::vector<std::string> args, const int& exit_code) {
  std::reverse(args.begin(), args.end());  // CLI11 takes a vector last argument first
  try {
    app.parse(args);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  return exit_code;
}

}  // namespace cair::cli

#endif  // CAIR_CLI_COMMANDS_H_
