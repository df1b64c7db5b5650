#include "cli/key_options.h"

#include <iostream>
#include <sstream>

#include "lints/util/key_blocklist.h"

namespace cair::cli {

void AddWeakKeyBlocklistOption(CLI::App* cmd, std::string* path) {
  cmd->add_option("--weak-key-blocklist", *path,
                  "Known-compromised RSA keys for e_rsa_debian_weak_key (CVE-2008-0166): a file of lines of\n"
                  "20 hex digits (openssl-blacklist: last 80 bits of SHA-1 of \"Modulus=<HEX>\\n\", as in\n"
                  "/usr/share/openssl-blacklist/blacklist.RSA-2048) or 64 (SHA-256 of the modulus bytes);\n"
                  "'#' comments. Without it that lint does not apply (NA). Same as the config key\n"
                  "[e_rsa_debian_weak_key] Blocklist");
}

bool ApplyWeakKeyBlocklist(const std::string& path, const char* command, lint::Config* config) {
  if (path.empty()) return true;
  std::string error;
  auto list = lints::util::KeyBlocklist::Load(path, &error);
  if (!list) {
    std::cerr << command << ": --weak-key-blocklist " << error << "\n";
    return false;
  }
  config->SetString("e_rsa_debian_weak_key", "Blocklist", path);
  return true;
}

void AddKeyChecksOption(CLI::App* cmd, std::string* value) {
  cmd->add_option("--key-checks", *value,
                  "Corpus-wide key checks: none (default), all, or shared-factors,reused-keys (exit 1 on a finding).\n"
                  "reused-keys: one public key in certificates of unrelated subscribers (no shared subject O,\n"
                  "no shared registrable domain); shared-factors: RSA moduli sharing a prime, by batch GCD\n"
                  "(one thread, super-linear: about 5 s of CPU for 10,000 RSA-2048 moduli; README \"Key checks\")");
}

bool ParseKeyChecks(const std::string& value, KeyCheckSelection* out) {
  *out = {};
  if (value == "all") {
    *out = {true, true};
    return true;
  }
  if (value == "none") return true;
  std::stringstream ss(value);
  std::string item;
  bool any = false;
  while (std::getline(ss, item, ',')) {
    if (item == "shared-factors") out->shared_factors = true;
    else if (item == "reused-keys") out->reused_keys = true;
    else return false;
    any = true;
  }
  return any;
}

}  // namespace cair::cli
