#include "cli/store_common.h"

#include <cstdlib>
#include <ctime>
#include <iostream>

#include "cli/commands.h"
#include "incident/rules.h"

namespace cair::cli {

using incident::Store;

void AddStoreOptions(CLI::App* cmd, StoreOptions* c) {
  cmd->add_option("--db", c->db, "Store path (default: $CAIR_DB, else ./cair.db)");
  cmd->add_option("--now", c->now, "Treat this RFC 3339 time as now (tests, what-if)");
}

std::unique_ptr<Store> OpenStore(const StoreOptions& c, int64_t* now, int* exit_code) {
  if (c.now.empty()) {
    *now = static_cast<int64_t>(std::time(nullptr));
  } else if (auto t = incident::ParseRfc3339(c.now)) {
    *now = *t;
  } else {
    std::cerr << "cair: --now: \"" << c.now << "\" is not an RFC 3339 time such as 2026-01-05T10:00:00Z\n";
    *exit_code = kExitUsage;
    return nullptr;
  }
  std::string path = c.db;
  if (path.empty()) path = std::getenv("CAIR_DB") ? std::getenv("CAIR_DB") : "cair.db";
  auto s = Store::Open(path);
  if (!s.ok()) {
    std::cerr << "cair: store " << s.status().message() << "\n";
    *exit_code = kExitBadInput;
    return nullptr;
  }
  return std::move(*s);
}

std::optional<int64_t> Time(const std::string& flag, const std::string& text, int* exit_code) {
  auto t = incident::ParseRfc3339(text);
  if (!t) {
    std::cerr << "cair: " << flag << ": \"" << text << "\" is not an RFC 3339 time such as 2026-01-05T10:00:00Z\n";
    *exit_code = kExitUsage;
  }
  return t;
}

std::optional<int64_t> TimeOrNow(const std::string& flag, const std::string& text, int64_t now, int* exit_code) {
  if (text.empty()) return now;
  return Time(flag, text, exit_code);
}

std::optional<int64_t> DateOrTime(const std::string& flag, const std::string& text, int* exit_code) {
  return Time(flag, text.size() == 10 ? text + "T00:00:00Z" : text, exit_code);
}

void Fail(const std::string& cmd, const std::string& message, int code, int* exit_code) {
  std::cerr << "cair " << cmd << ": " << message << "\n";
  *exit_code = code;
}

}  // namespace cair::cli
