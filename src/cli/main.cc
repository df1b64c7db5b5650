// cair-full: compliance incident response for publicly-trusted CAs, every
// subcommand (the front executable, cli/front_main.cc, hands all but
// `cair lint` and `cair --version` over to it).
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/commands.h"

namespace cli = cair::cli;

int main(int argc, char** argv) {
  CLI::App app{cli::kAppDescription};
  app.require_subcommand(1);
  app.set_version_flag("--version", "cair " CAIR_VERSION);
  int exit_code = cli::kExitOk;
  cli::AddLintCommand(app, &exit_code);
  cli::AddConformanceCommand(app, &exit_code);
  cli::AddDocsCommand(app, &exit_code);
  cli::AddScanCommand(app, &exit_code);
  cli::AddIncidentCommands(app, &exit_code);
  cli::AddWorkflowCommands(app, &exit_code);
  cli::AddIncidentLifecycleCommands(app, &exit_code);
  cli::AddSeparateIncidentCommands(app, &exit_code);
  cli::AddServeCommands(app, &exit_code);
  cli::AddReportCommands(app, &exit_code);
  cli::AddMonitorCommands(app, &exit_code);
  cli::AddMonitorOcspCommand(app, &exit_code);
  cli::AddMonitorRunCommand(app, &exit_code);
  cli::AddProblemReportCommands(app, &exit_code);
  return cli::ParseAndRun(app, cli::TranslateZlintFlags(std::vector<std::string>(argv + 1, argv + argc)), exit_code);
}
