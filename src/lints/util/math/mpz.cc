#include "lints/util/math/mpz.h"

#include <bit>
#include <cstdint>
#include <cstring>

namespace cair::lints::util::math {

// Written limb by limb (least significant first) through mpz_limbs_write:
// mpz_import takes its fast path only for word-aligned input, and DER
// contents are not aligned, so it went byte by byte. Whole limbs are one
// unaligned load and a byte swap each, the short top limb (if any) byte by
// byte: ~310 instructions for a 2048-bit modulus, where one loop working out
// every limb's byte range took ~615.
void MpzFromMagnitude(der::Input mag, mpz_ptr out) {
  const size_t size = mag.size();
  if (size == 0) {
    mpz_set_ui(out, 0);
    return;
  }
  constexpr size_t kLimbBytes = sizeof(mp_limb_t);
  const size_t whole = size / kLimbBytes, top = size % kLimbBytes;
  const uint8_t* const bytes = mag.data();
  mp_limb_t* w = mpz_limbs_write(out, static_cast<mp_size_t>(whole + (top != 0)));
  for (size_t i = 0; i < whole; ++i) {
    const uint8_t* limb = bytes + size - kLimbBytes * (i + 1);  // limb i: the i-th limb's bytes from the end
    if constexpr (kLimbBytes == 8 && std::endian::native == std::endian::little) {
      uint64_t raw;
      std::memcpy(&raw, limb, 8);
      w[i] = __builtin_bswap64(raw);
    } else {
      mp_limb_t v = 0;
      for (size_t k = 0; k < kLimbBytes; ++k) v = (v << 8) | limb[k];
      w[i] = v;
    }
  }
  if (top != 0) {
    mp_limb_t v = 0;
    for (size_t k = 0; k < top; ++k) v = (v << 8) | bytes[k];
    w[whole] = v;
  }
  mpz_limbs_finish(out, static_cast<mp_size_t>(whole + (top != 0)));  // normalises leading zero limbs
}

}  // namespace cair::lints::util::math
