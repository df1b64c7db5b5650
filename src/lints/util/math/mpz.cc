#include "lints/util/math/mpz.h"

#include <bit>
#include <cstdint>
#include <cstring>

namespace cair::lints::util::math {

// Written limb by limb (least significant first) through mpz_limbs_write:
// mpz_import takes its fast path only for word-aligned input, and DER
// contents are not aligned, so it went byte by byte.
void MpzFromMagnitude(der::Input mag, mpz_ptr out) {
  const size_t size = mag.size();
  if (size == 0) {
    mpz_set_ui(out, 0);
    return;
  }
  constexpr size_t kLimbBytes = sizeof(mp_limb_t);
  // A whole limb is one unaligned load and a byte swap on 64-bit little-endian hosts.
  constexpr bool kWholeLimbLoads = kLimbBytes == 8 && std::endian::native == std::endian::little;
  const size_t limbs = (size + kLimbBytes - 1) / kLimbBytes;
  mp_limb_t* w = mpz_limbs_write(out, static_cast<mp_size_t>(limbs));
  for (size_t i = 0; i < limbs; ++i) {
    // Limb i holds bytes [end - kLimbBytes, end) of the big-endian magnitude.
    const size_t end = size - i * kLimbBytes;
    const size_t begin = end >= kLimbBytes ? end - kLimbBytes : 0;
    mp_limb_t v = 0;
    if (kWholeLimbLoads && end - begin == kLimbBytes) {
      uint64_t raw;
      std::memcpy(&raw, mag.data() + begin, kLimbBytes);
      v = __builtin_bswap64(raw);
    } else {
      for (size_t k = begin; k < end; ++k) v = (v << 8) | mag[k];
    }
    w[i] = v;
  }
  mpz_limbs_finish(out, static_cast<mp_size_t>(limbs));  // normalises leading zero limbs
}

}  // namespace cair::lints::util::math
