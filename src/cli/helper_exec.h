// File: cli/helper_exec.h
// `cair` is two executables behind one command line. Issuance systems call
// `cair lint` once per certificate, so the program they start must load only
// what linting needs: the front (`cair`: `cair lint`, `cair --version`) links
// the lint engine and nothing else. Every other subcommand lives in cair-full,
// which links the whole system (SQLite, libcurl, libarchive, libpq, the
// server's transport) and is started in the front's place (execv: same
// process id, arguments, streams and exit code), so `cair serve`, `cair scan`
// ... behave exactly as if `cair` held them.
#ifndef CAIR_CLI_HELPER_EXEC_H_
#define CAIR_CLI_HELPER_EXEC_H_

#include <string>
#include <vector>

namespace cair::cli {

// The executable holding every subcommand.
inline constexpr const char* kFullProgram = "cair-full";
// Environment variable naming the directory that holds cair-full.
inline constexpr const char* kHelperDirVariable = "CAIR_LIBEXEC_DIR";

// Where cair-full is looked for, in order: $CAIR_LIBEXEC_DIR when set, else
// the front's own directory (a build tree) and ../libexec/cair beside it (an
// installation: bin/cair, libexec/cair/cair-full). `self` is the front's own
// path (/proc/self/exe); `env_dir` the variable's value or null.
std::vector<std::string> HelperCandidates(const std::string& self, const char* env_dir);

// Whether the front runs this command line itself (arguments after the
// program name, zlint's flag spellings already translated): `lint ...` and a
// lone `--version`. Anything else, help included, goes to cair-full.
bool FrontHandles(const std::vector<std::string>& args);

// Replaces this process with cair-full running `argv` (argv[0] kept, so that
// messages still say "cair"). Returns only when no candidate could be
// started, after saying on stderr which paths were tried and how to fix it;
// the return value is the exit code (kExitUsage: an installation problem).
int ExecFullProgram(char** argv);

}  // namespace cair::cli

#endif  // CAIR_CLI_HELPER_EXEC_H_
