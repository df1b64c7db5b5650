// cair's front executable (cli/helper_exec.h): `cair lint` and
// `cair --version` run here, in a process that loads only the lint engine;
// every other command line is handed to cair-full (src/cli/main.cc).
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/helper_exec.h"

namespace {

// `cair --version` (or zlint's `-version`), answered before anything else
// runs: this initialiser has the earliest priority open to programs (101;
// 0-100 are the implementation's), so it runs ahead of every other static
// initialiser in the executable (the lint registry's 460 entries, iostream
// and std::locale, CLI11's validators, OpenSSL's CPU probe), and the process
// exits without running them. The C library passes initialisers main's
// arguments. The output is CLI11's (cair-full's), byte for byte.
[[gnu::constructor(101)]] void AnswerVersionFirst(int argc, char** argv, char** /*envp*/) {
  if (argc != 2 || (std::strcmp(argv[1], "--version") != 0 && std::strcmp(argv[1], "-version") != 0)) return;
  static constexpr char kText[] = "cair " CAIR_VERSION "\n";
  const char* p = kText;
  size_t left = sizeof kText - 1;
  while (left > 0) {
    ssize_t n = write(STDOUT_FILENO, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;  // as cair-full: a closed stdout does not change the exit code
    p += n;
    left -= static_cast<size_t>(n);
  }
  _exit(cair::cli::kExitOk);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  args = cair::cli::TranslateZlintFlags(std::move(args));
  if (!cair::cli::FrontHandles(args)) return cair::cli::ExecFullProgram(argv);
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
