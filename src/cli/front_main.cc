// cair's front executable (cli/helper_exec.h): `cair lint` and
// `cair --version` run here, in a process that loads only the lint engine;
// every other command line is handed to cair-full (src/cli/main.cc).
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/helper_exec.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  args = cair::cli::TranslateZlintFlags(std::move(args));
  if (!cair::cli::FrontHandles(args)) return cair::cli::ExecFullProgram(argv);
  if (args[0] == "--version") {  // CLI11's output, without building the parser for it
    std::fputs("cair " CAIR_VERSION "\n", stdout);
    return cair::cli::kExitOk;
  }
  // The same application as cair-full's, holding only `lint`, so that
  // `cair lint --help` and its errors read the same in both.
  CLI::App app{
      "cair - lint certificates, CRLs and OCSP responses, and respond to CA compliance incidents.\n"
      "Run `cair COMMAND --help` for a command's options and examples."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "cair " CAIR_VERSION);
  int exit_code = cair::cli::kExitOk;
  cair::cli::AddLintCommand(app, &exit_code);
  std::reverse(args.begin(), args.end());
  try {
    app.parse(args);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : cair::cli::kExitUsage;
  }
  return exit_code;
}
