// cair: compliance incident response for publicly-trusted CAs.
#include <cstdio>
#include <algorithm>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/commands.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  args = cair::cli::TranslateZlintFlags(std::move(args));
  CLI::App app{
      "cair - lint certificates, CRLs and OCSP responses, and respond to CA compliance incidents.\n"
      "Run `cair COMMAND --help` for a command's options and examples."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "cair " CAIR_VERSION);
  int exit_code = cair::cli::kExitOk;
  cair::cli::AddLintCommand(app, &exit_code);
  cair::cli::AddConformanceCommand(app, &exit_code);
  cair::cli::AddDocsCommand(app, &exit_code);
  cair::cli::AddScanCommand(app, &exit_code);
  cair::cli::AddIncidentCommands(app, &exit_code);
  cair::cli::AddWorkflowCommands(app, &exit_code);
  cair::cli::AddIncidentLifecycleCommands(app, &exit_code);
  cair::cli::AddSeparateIncidentCommands(app, &exit_code);
  cair::cli::AddServeCommands(app, &exit_code);
  cair::cli::AddReportCommands(app, &exit_code);
  cair::cli::AddMonitorCommands(app, &exit_code);
  cair::cli::AddMonitorOcspCommand(app, &exit_code);
  cair::cli::AddMonitorRunCommand(app, &exit_code);
  cair::cli::AddProblemReportCommands(app, &exit_code);
  std::reverse(args.begin(), args.end());
  try {
    app.parse(args);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : cair::cli::kExitUsage;
  }
  return exit_code;
}
