#include "lints/util/key_blocklist.h"

#include "base/files.h"

#include <openssl/evp.h>

#include <cctype>
#include <fstream>
#include <sstream>

#include "base/sha256.h"
#include "base/strings.h"

namespace cair::lints::util {
namespace {

der::Input StripLeadingZeros(der::Input m) {
  size_t i = 0;
  while (i < m.size() && m[i] == 0) ++i;
  return m.sub(i);
}

// SHA-1 of `data` as 40 lower-case hex digits (openssl-blacklist's digest).
std::string Sha1Hex(std::string_view data) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(data.data(), data.size(), out, &len, EVP_sha1(), nullptr);
  return der::HexLower(der::Input(out, len));
}

}  // namespace

std::string KeyBlocklist::OpensslBlacklistEntry(der::Input modulus) {
  const der::Input m = StripLeadingZeros(modulus);
  const std::string line = "Modulus=" + der::HexUpper(m) + "\n";
  return Sha1Hex(line).substr(20);
}

std::string KeyBlocklist::Sha256Entry(der::Input modulus) {
  const der::Input m = StripLeadingZeros(modulus);
  return base::Sha256Hex(m.AsStringView());
}

std::optional<KeyBlocklist> KeyBlocklist::Parse(std::string_view text, std::string_view name, std::string* error) {
  KeyBlocklist out;
  size_t line_no = 0;
  while (!text.empty()) {
    const size_t nl = text.find('\n');
    const std::string line = base::Trim(text.substr(0, nl), " \t\n\v\f\r");
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    std::string entry;
    for (char ch : line) {
      if (!std::isxdigit(static_cast<unsigned char>(ch))) {
        *error = std::string(name) + ":" + std::to_string(line_no) + ": '" + std::string(line) +
                 "' is not a hex digest (expected 20 or 40 hex digits of SHA-1 for openssl-blacklist, 64 for sha256)";
        return std::nullopt;
      }
      entry += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    }
    if (entry.size() == 20) out.sha1_tails_.insert(entry);
    else if (entry.size() == 40) out.sha1_tails_.insert(entry.substr(20));
    else if (entry.size() == 64) out.sha256_.insert(entry);
    else {
      *error = std::string(name) + ":" + std::to_string(line_no) + ": " + std::to_string(entry.size()) +
               " hex digits; expected 20 or 40 (openssl-blacklist, SHA-1) or 64 (sha256)";
      return std::nullopt;
    }
  }
  return out;
}

std::optional<KeyBlocklist> KeyBlocklist::Load(const std::string& path, std::string* error) {
  auto text = base::ReadWholeFile(path, error);
  if (!text) return std::nullopt;
  return Parse(*text, path, error);
}

std::string_view KeyBlocklist::Match(der::Input modulus) const {
  if (!sha1_tails_.empty() && sha1_tails_.count(OpensslBlacklistEntry(modulus))) return "openssl-blacklist";
  if (!sha256_.empty() && sha256_.count(Sha256Entry(modulus))) return "sha256";
  return "";
}

}  // namespace cair::lints::util
