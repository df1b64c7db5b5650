// The serial number make_corpus gives copy `copy` of template `index`, and
// make_crl lists: the template's serial (same length, so the copy parses and
// lints like its original) with its last bytes replaced by the template
// index (2 bytes, when the serial has 6 or more) and the copy number
// (3 bytes). The first byte is kept, so the INTEGER stays positive and
// minimal. Serials of 6 or more bytes are then unique across the corpus, as
// BR 7.1 has them unique per issuer; 4- and 5-byte serials (old roots and
// intermediates) may repeat across templates.
#ifndef CAIR_BENCH_CORPUS_SERIAL_H_
#define CAIR_BENCH_CORPUS_SERIAL_H_

#include <cstddef>
#include <cstdint>
#include <string>

namespace cair::bench {

inline void VarySerial(char* serial, size_t len, size_t index, uint32_t copy) {
  for (int k = 0; k < 3; ++k) serial[len - 1 - k] = static_cast<char>((copy >> (8 * k)) & 0xff);
  if (len >= 6) {
    serial[len - 4] = static_cast<char>(index & 0xff);
    serial[len - 5] = static_cast<char>((index >> 8) & 0xff);
  }
}

}  // namespace cair::bench

#endif  // CAIR_BENCH_CORPUS_SERIAL_H_
