// Unit tests of MpzFromMagnitude (gmp_int.h): every length modulo the limb
// size, leading zero bytes, and an unaligned start, against GMP's own hex parser.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "lints/util/math/mpz.h"

namespace cair::lints::util {
namespace {

std::string Hex(const std::vector<uint8_t>& bytes) {
  static const char* kDigits = "0123456789abcdef";
  std::string s = "0";
  for (uint8_t b : bytes) s += {kDigits[b >> 4], kDigits[b & 15]};
  return s;
}

TEST(MpzFromMagnitude, EmptyIsZero) {
  math::Mpz v;
  mpz_set_ui(v.get(), 7);
  math::MpzFromMagnitude(der::Input(), v.get());
  EXPECT_EQ(mpz_sgn(v.get()), 0);
}

TEST(MpzFromMagnitude, EveryLengthAndOffsetMatchesHex) {
  std::vector<uint8_t> buf(40);
  for (size_t i = 0; i < buf.size(); ++i) buf[i] = static_cast<uint8_t>(0x9d * (i + 3));
  for (size_t offset = 0; offset < 3; ++offset) {
    for (size_t len = 1; offset + len <= buf.size(); ++len) {
      std::vector<uint8_t> bytes(buf.begin() + offset, buf.begin() + offset + len);
      bytes[0] = len % 5 == 0 ? 0 : bytes[0];  // leading zero bytes too
      std::vector<uint8_t> store(offset + len);  // the input starts `offset` bytes in
      std::copy(bytes.begin(), bytes.end(), store.begin() + static_cast<std::ptrdiff_t>(offset));
      math::Mpz got, want;
      math::MpzFromMagnitude(der::Input(store.data() + offset, len), got.get());
      ASSERT_EQ(mpz_set_str(want.get(), Hex(bytes).c_str(), 16), 0);
      EXPECT_EQ(mpz_cmp(got.get(), want.get()), 0) << "offset " << offset << " length " << len;
    }
  }
}

TEST(MpzFromMagnitude, AllZeroBytesIsZero) {
  const std::vector<uint8_t> zeros(17, 0);
  math::Mpz v;
  math::MpzFromMagnitude(der::Input(zeros.data(), zeros.size()), v.get());
  EXPECT_EQ(mpz_sgn(v.get()), 0);
}

}  // namespace
}  // namespace cair::lints::util
