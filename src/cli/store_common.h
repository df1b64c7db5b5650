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

}  // namespace cair::cli

#endif  // CAIR_CLI_STORE_COMMON_H_
