#include "lints/util/gmp_int.h"

#include <algorithm>
#include <string>

namespace cair::lints::util {

void MpzFromMagnitude(der::Input mag, mpz_ptr out) {
  // Imported as big-endian 64-bit words (GMP's fast path); a length that is
  // not a whole number of words is first left-padded with zero bytes.
  if (mag.size() % 8 == 0) {
    mpz_import(out, mag.size() / 8, 1, 8, 1, 0, mag.data());
    return;
  }
  const size_t pad = 8 - mag.size() % 8;
  std::string padded(pad + mag.size(), '\0');
  std::copy(mag.data(), mag.data() + mag.size(), padded.begin() + static_cast<std::ptrdiff_t>(pad));
  mpz_import(out, padded.size() / 8, 1, 8, 1, 0, padded.data());
}

}  // namespace cair::lints::util
