#include "lints/util/key_blocklist.h"

#include <openssl/evp.h>

#include <cctype>
#include <fstream>
#include <sstream>

namespace cair::lints::util {
namespace {

der::Input StripLeadingZeros(der::Input m) {
  size_t i = 0;
  while (i < m.size() && m[i] == 0) ++i;
  return m.sub(i);
}

std::string Hex(const unsigned char* p, size_t n, const char* digits) {
  std::string out;
  out.reserve(2 * n);
  for (size_t i = 0; i < n; ++i) {
    out += digits[p[i] >> 4];
    out += digits[p[i] & 0x0f];
  }
  return out;
}

std::string Digest(const EVP_MD* md, std::string_view data) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(data.data(), data.size(), out, &len, md, nullptr);
  return Hex(out, len, "0123456789abcdef");
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string KeyBlocklist::OpensslBlacklistEntry(der::Input modulus) {
  const der::Input m = StripLeadingZeros(modulus);
  const std::string line = "Modulus=" + Hex(m.data(), m.size(), "0123456789ABCDEF") + "\n";
  return Digest(EVP_sha1(), line).substr(20);
}

std::string KeyBlocklist::Sha256Entry(der::Input modulus) {
  const der::Input m = StripLeadingZeros(modulus);
  return Digest(EVP_sha256(), m.AsStringView());
}

std::optional<KeyBlocklist> KeyBlocklist::Parse(std::string_view text, std::string_view name, std::string* error) {
  KeyBlocklist out;
  size_t line_no = 0;
  while (!text.empty()) {
    const size_t nl = text.find('\n');
    std::string_view line = Trim(text.substr(0, nl));
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
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = path + ": cannot open";
    return std::nullopt;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  return Parse(ss.str(), path, error);
}

std::string_view KeyBlocklist::Match(der::Input modulus) const {
  if (!sha1_tails_.empty() && sha1_tails_.count(OpensslBlacklistEntry(modulus))) return "openssl-blacklist";
  if (!sha256_.empty() && sha256_.count(Sha256Entry(modulus))) return "sha256";
  return "";
}

}  // namespace cair::lints::util
