// File: x509/element_count.h
// Internal to the parser: how many DER elements a SEQUENCE's (or SET's)
// contents hold, read from their headers alone, so that a vector is sized
// once before it is filled instead of growing 1, 2, 4, 8 (a certificate's
// names, extensions and SANs were a third of a scan's allocations).
#ifndef CAIR_X509_ELEMENT_COUNT_H_
#define CAIR_X509_ELEMENT_COUNT_H_

#include <cstddef>
#include <cstdint>

#include "der/input.h"

namespace cair::x509 {

// Elements in `contents`, counted until the first header it cannot read
// (a high tag number, an indefinite or oversized length, a truncation):
// only a reserve() hint, never a verdict on the encoding.
inline size_t CountElements(der::Input contents) {
  const uint8_t* p = contents.data();
  const size_t n = contents.size();
  size_t i = 0, count = 0;
  while (n - i >= 2) {
    if ((p[i] & 0x1f) == 0x1f) break;
    size_t len = p[i + 1];
    i += 2;
    if (len & 0x80) {
      const size_t k = len & 0x7f;
      if (k == 0 || k > 4 || n - i < k) break;
      len = 0;
      for (size_t j = 0; j < k; ++j) len = (len << 8) | p[i++];
    }
    if (len > n - i) break;
    i += len;
    ++count;
  }
  return count;
}

}  // namespace cair::x509

#endif  // CAIR_X509_ELEMENT_COUNT_H_
