// File: lints/util/key_blocklist.h
// Blocklists of known-compromised RSA moduli, such as the keys Debian's
// OpenSSL generated from a 15-bit seed space in 2006-2008 (CVE-2008-0166;
// DSA-1571). Two line formats are read, told apart by their length, and may
// be mixed in one file; blank lines and lines starting with '#' are skipped:
//   - openssl-blacklist (Debian's openssl-blacklist package, the list
//     openssl-vulnkey reads): 20 hex digits, the last 80 bits of
//     SHA-1("Modulus=" + the modulus in upper-case hex without leading zero
//     bytes + "\n") -- what `openssl x509 -noout -modulus | sha1sum` prints,
//     with its first 20 digits cut. A whole 40-digit SHA-1 is accepted too.
//   - sha256: 64 hex digits, SHA-256 of the modulus as big-endian bytes
//     without leading zero bytes.
// Hex digits may be upper or lower case.
#ifndef CAIR_LINTS_UTIL_KEY_BLOCKLIST_H_
#define CAIR_LINTS_UTIL_KEY_BLOCKLIST_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "der/input.h"

namespace cair::lints::util {

class KeyBlocklist {
 public:
  // Reads `text`; on a malformed line returns nullopt and sets `*error` to
  // "<name>:<line>: <why>".
  static std::optional<KeyBlocklist> Parse(std::string_view text, std::string_view name, std::string* error);
  static std::optional<KeyBlocklist> Load(const std::string& path, std::string* error);

  // The format whose entry lists the modulus ("openssl-blacklist" or
  // "sha256"), or "" when it is not listed. `modulus` is a big-endian
  // magnitude; leading zero bytes are ignored.
  std::string_view Match(der::Input modulus) const;
  size_t size() const { return sha1_tails_.size() + sha256_.size(); }

  // The entries a modulus has in each format (lower-case hex), for writing
  // lists and for tests.
  static std::string OpensslBlacklistEntry(der::Input modulus);
  static std::string Sha256Entry(der::Input modulus);

 private:
  std::unordered_set<std::string> sha1_tails_, sha256_;
};

}  // namespace cair::lints::util

#endif  // CAIR_LINTS_UTIL_KEY_BLOCKLIST_H_
