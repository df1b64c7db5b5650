// File: cli/exit_codes.h
// The exit codes of every `cair` subcommand, which scripts can rely on
// (commands.h includes this; files that need only these include it alone,
// without CLI11, which costs ~9 s of CPU per translation unit at -O3).
#ifndef CAIR_CLI_EXIT_CODES_H_
#define CAIR_CLI_EXIT_CODES_H_

namespace cair::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;   // --fail-on threshold reached / conformance regression
inline constexpr int kExitUsage = 2;      // bad flags or configuration
inline constexpr int kExitBadInput = 3;   // an input could not be read or parsed
inline constexpr int kExitInterrupted = 4;  // stopped by a signal; partial results printed

}  // namespace cair::cli

#endif  // CAIR_CLI_EXIT_CODES_H_
