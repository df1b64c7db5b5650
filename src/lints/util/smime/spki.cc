#include "lints/util/smime/spki.h"

#include <cstdint>
#include <initializer_list>
#include <vector>

namespace cair::lints::util::smime {

namespace {

using Bytes = std::vector<uint8_t>;

const std::vector<Bytes>& Allowed() {
  static const std::vector<Bytes> kAllowed = [] {
    std::vector<Bytes> v;
    // rsaEncryption, NULL
    v.push_back({0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00});
    // id-ecPublicKey with secp256r1 / secp384r1 / secp521r1
    v.push_back({0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01,
                 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07});
    for (uint8_t curve : {0x22, 0x23})
      v.push_back({0x30, 0x10, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01,
                   0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, curve});
    // id-Ed25519, id-Ed448
    for (uint8_t last : {0x70, 0x71}) v.push_back({0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, last});
    // id-ml-dsa-44/65/87 (2.16.840.1.101.3.4.3.17-19), id-alg-ml-kem-512/768/1024 (...4.4.1-3)
    for (auto [arc, last] : std::initializer_list<std::pair<uint8_t, uint8_t>>{
             {0x03, 0x11}, {0x03, 0x12}, {0x03, 0x13}, {0x04, 0x01}, {0x04, 0x02}, {0x04, 0x03}})
      v.push_back({0x30, 0x0b, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, arc, last});
    return v;
  }();
  return kAllowed;
}

}  // namespace

bool SpkiAlgorithmAllowed(der::Input algorithm_identifier) {
  for (const Bytes& b : Allowed())
    if (algorithm_identifier == der::Input(b.data(), b.size())) return true;
  return false;
}

std::string UpperHex(der::Input bytes) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (uint8_t b : bytes) {
    out.push_back(kHex[b >> 4]);
    out.push_back(kHex[b & 15]);
  }
  return out;
}

}  // namespace cair::lints::util::smime
