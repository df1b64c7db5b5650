#include "base/sha256.h"

#include <openssl/sha.h>

namespace cair::base {
namespace {

std::string Hex(std::string_view bytes, const char* digits) {
  unsigned char md[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), md);
  std::string out;
  out.reserve(2 * sizeof md);
  for (unsigned char b : md) {
    out += digits[b >> 4];
    out += digits[b & 0xF];
  }
  return out;
}

}  // namespace

std::string Sha256Hex(std::string_view bytes) { return Hex(bytes, "0123456789abcdef"); }
std::string Sha256HexUpper(std::string_view bytes) { return Hex(bytes, "0123456789ABCDEF"); }

}  // namespace cair::base
