#include "lints/util/smime/spki.h"

#include <cstdint>
#include <initializer_list>
#include <vector>

#include "lints/util/encodings/spki.h"

namespace cair::lints::util::smime {

namespace {

using Bytes = std::vector<uint8_t>;

// The encodings S/MIME BRs 7.1.3.1 allows beyond rsaEncryption and the NIST
// curves.
const std::vector<Bytes>& Allowed() {
  static const std::vector<Bytes> kAllowed = [] {
    std::vector<Bytes> v;
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
  if (encodings::IsRsaSpki(algorithm_identifier) || encodings::IsNistEcSpki(algorithm_identifier)) return true;
  for (const Bytes& b : Allowed())
    if (algorithm_identifier == der::Input(b.data(), b.size())) return true;
  return false;
}

}  // namespace cair::lints::util::smime
