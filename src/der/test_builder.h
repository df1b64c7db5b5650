// File: der/test_builder.h
// For tests only: DER elements built by hand, so that a test can write the
// exact (and the malformed) encodings it needs without a fixture file.
#ifndef CAIR_DER_TEST_BUILDER_H_
#define CAIR_DER_TEST_BUILDER_H_

#include <cstddef>
#include <cstdint>
#include <string>

namespace cair::der::testing {

// The element with identifier octet `tag` and contents `body`, its length in
// the minimal definite form (short below 128 octets, then 0x81 / 0x82).
inline std::string Tlv(uint8_t tag, const std::string& body) {
  std::string out(1, static_cast<char>(tag));
  const size_t n = body.size();
  if (n < 0x80) {
    out.push_back(static_cast<char>(n));
  } else if (n < 0x100) {
    out.push_back(static_cast<char>(0x81));
    out.push_back(static_cast<char>(n));
  } else {
    out.push_back(static_cast<char>(0x82));
    out.push_back(static_cast<char>(n >> 8));
    out.push_back(static_cast<char>(n & 0xff));
  }
  return out + body;
}

}  // namespace cair::der::testing

#endif  // CAIR_DER_TEST_BUILDER_H_
