// File: cli/store_common.h
// Options and helpers shared by the commands that use the incident store:
// --db (else $CAIR_DB, else ./cair.db) and --now (RFC 3339).
#ifndef CAIR_CLI_STORE_COMMON_H_
#define CAIR_CLI_STORE_COMMON_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "incident/store.h"

namespace cair::cli {

struct StoreOptions {
  std::string db, now;
};

void AddStoreOptions(CLI::App* cmd, StoreOptions* c);
// Opens the store and resolves --now; prints the error, sets *exit_code and
// returns nullptr on failure.
std::unique_ptr<incident::Store> OpenStore(const StoreOptions& c, int64_t* now, int* exit_code);
// Parses an RFC 3339 flag value; prints the error and sets *exit_code on failure.
std::optional<int64_t> Time(const std::string& flag, const std::string& text, int* exit_code);
// The same, `now` when `text` is empty (an --at flag left out).
std::optional<int64_t> TimeOrNow(const std::string& flag, const std::string& text, int64_t now, int* exit_code);
// The same for a date ("2026-02-01", midnight UTC) or an RFC 3339 time.
std::optional<int64_t> DateOrTime(const std::string& flag, const std::string& text, int* exit_code);

// Prints "cair CMD: MESSAGE" on stderr and sets *exit_code to `code`.
void Fail(const std::string& cmd, const std::string& message, int code, int* exit_code);

// A store command: adds `name` to `parent` with --db and --now (into
// `options->c`, first in its --help); the caller adds the rest of the options.
// When the command line names it, `run(options, store, now, exit_code)` runs
// on the opened store (an unopenable store or bad --now is reported instead).
template <typename Options, typename Run>
CLI::App* AddStoreCommand(CLI::App* parent, const std::string& name, const std::string& description,
                          const std::shared_ptr<Options>& options, int* exit_code, Run run) {
  CLI::App* cmd = parent->add_subcommand(name, description);
  AddStoreOptions(cmd, &options->c);
  cmd->callback([options, exit_code, run] {
    int64_t now;
    auto store = OpenStore(options->c, &now, exit_code);
    if (store) run(static_cast<const Options&>(*options), *store, now, exit_code);
  });
  return cmd;
}

}  // namespace cair::cli

#endif  // CAIR_CLI_STORE_COMMON_H_
