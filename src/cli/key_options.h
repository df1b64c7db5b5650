// File: cli/key_options.h
// The key-check options shared by `cair lint` and `cair scan`:
// --weak-key-blocklist FILE (e_rsa_debian_weak_key's list, CVE-2008-0166)
// and, for scan, --key-checks (corpus-wide shared factors and reused keys).
#ifndef CAIR_CLI_KEY_OPTIONS_H_
#define CAIR_CLI_KEY_OPTIONS_H_

#include <string>

#include <CLI/CLI.hpp>

#include "lint/config.h"

namespace cair::cli {

void AddWeakKeyBlocklistOption(CLI::App* cmd, std::string* path);
// Checks the list (so a bad file is a usage error before any object is
// read, naming the file and line) and hands it to the lint through
// `config`. Prints "<command>: --weak-key-blocklist ..." and returns false on
// error. An empty path does nothing.
bool ApplyWeakKeyBlocklist(const std::string& path, const char* command, lint::Config* config);

struct KeyCheckSelection {
  bool shared_factors = false, reused_keys = false;
};
// Off unless asked, as --fail-on and --recurrence are: a scan's exit code has
// so far changed only on request, and scans narrowed to one lint (incident
// scoping, --only) must not start failing on keys. The cost differs: reused
// keys cost one SHA-256 and a few public-suffix look-ups per certificate;
// batch GCD is one thread and super-linear (README "Key checks").
inline constexpr const char* kDefaultKeyChecks = "none";
void AddKeyChecksOption(CLI::App* cmd, std::string* value);
// "all", "none", or a comma-separated subset of "shared-factors,reused-keys".
bool ParseKeyChecks(const std::string& value, KeyCheckSelection* out);

}  // namespace cair::cli

#endif  // CAIR_CLI_KEY_OPTIONS_H_
