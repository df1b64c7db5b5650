// File: cli/delay_obligations.h
// `cair delayed open`'s obligations (MRSP 6.1.3, req §3.4), resolved from
// its flags and the parent incident's configuration (cli/lifecycle_command.cc).
#ifndef CAIR_CLI_DELAY_OBLIGATIONS_H_
#define CAIR_CLI_DELAY_OBLIGATIONS_H_

#include <cstdint>
#include <string>

#include <CLI/CLI.hpp>

#include "incident/store.h"

namespace cair::cli {

struct DelayObligationFlags {
  std::string root_programs, next_audit_statement;
};
void AddDelayObligationFlags(CLI::App* cmd, DelayObligationFlags* f);
// Adds the delayed-revocation incident's action items: notify each other
// root program (--root-programs, else the parent's "root-programs" field),
// the audit-statement finding (due --next-audit-statement, else the latest
// the next annual statement can be due), the per-subscriber rationale.
// Prints what it did on stderr; false (and *exit_code) on failure.
bool AddDelayObligations(incident::Store& store, int64_t parent, int64_t delay, const DelayObligationFlags& f, int64_t now,
                         int* exit_code);

}  // namespace cair::cli

#endif  // CAIR_CLI_DELAY_OBLIGATIONS_H_
