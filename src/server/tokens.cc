#include "server/tokens.h"

#include <openssl/rand.h>
#include <openssl/sha.h>

#include <cctype>

#include "der/input.h"

namespace cair::server {

std::optional<std::string> NewToken() {
  unsigned char bytes[32];
  if (RAND_bytes(bytes, sizeof bytes) != 1) return std::nullopt;
  return "cair_" + der::HexLower(der::Input(bytes, sizeof bytes));
}

std::string HashToken(const std::string& token) {
  unsigned char md[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(token.data()), token.size(), md);
  return der::HexLower(der::Input(md, sizeof md));
}

std::string BearerToken(const std::string& authorization) {
  // RFC 6750 2.1: the scheme is case-insensitive.
  if (authorization.size() < 7) return "";
  std::string scheme = authorization.substr(0, 7);
  for (char& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (scheme != "bearer ") return "";
  std::string t = authorization.substr(7);
  while (!t.empty() && t.front() == ' ') t.erase(0, 1);
  while (!t.empty() && (t.back() == ' ' || t.back() == '\r')) t.pop_back();
  return t;
}

}  // namespace cair::server
