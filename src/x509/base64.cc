#include "x509/base64.h"

#include <array>
#include <cstdint>
#include <cstring>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define CAIR_BASE64_AVX2 1
#endif

namespace cair::x509 {
namespace {

// -1 invalid, -2 white space (skipped), -3 padding.
constexpr auto kTable = [] {
  std::array<int8_t, 256> t{};
  for (auto& v : t) v = -1;
  const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (int i = 0; i < 64; ++i) t[static_cast<uint8_t>(alphabet[i])] = static_cast<int8_t>(i);
  for (char c : {' ', '\n', '\r', '\t'}) t[static_cast<uint8_t>(c)] = -2;
  t['='] = -3;
  return t;
}();

// The fast path's tables: each alphabet character's 6 bits already shifted
// to its place in a 24-bit quantum; anything else sets bit 31, so one test
// per quantum finds white space, padding and bad characters.
constexpr auto kShifted = [] {
  std::array<std::array<uint32_t, 256>, 4> t{};
  for (int k = 0; k < 4; ++k)
    for (int c = 0; c < 256; ++c)
      t[k][c] = kTable[c] >= 0 ? static_cast<uint32_t>(kTable[c]) << (18 - 6 * k) : 0x80000000u;
  return t;
}();

inline uint32_t Quantum(const uint8_t* p) {
  return kShifted[0][p[0]] | kShifted[1][p[1]] | kShifted[2][p[2]] | kShifted[3][p[3]];
}

// Writes the quantum's 3 bytes (and one byte of slack).
inline void Store(uint32_t q, char*& w) {
  const uint32_t be = __builtin_bswap32(q << 8);
  std::memcpy(w, &be, 4);
  w += 3;
}

#ifdef CAIR_BASE64_AVX2
// 32 alphabet characters to 24 bytes (Muła and Lemire's vectorised decoder:
// nibble look-ups classify every character at once, a per-class offset
// turns it into its 6 bits, two multiply-adds pack them). False, with
// nothing written, when any of the 32 is not in the alphabet. Writes 32
// bytes at `w`, of which the last 8 are slack.
__attribute__((target("avx2"), always_inline)) inline bool Avx2Block(const uint8_t* in, char* w) {
  const __m256i str = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(in));
  const __m256i lut_lo = _mm256_setr_epi8(0x15, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x13, 0x1A,
                                          0x1B, 0x1B, 0x1B, 0x1A, 0x15, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11,
                                          0x11, 0x11, 0x13, 0x1A, 0x1B, 0x1B, 0x1B, 0x1A);
  const __m256i lut_hi = _mm256_setr_epi8(0x10, 0x10, 0x01, 0x02, 0x04, 0x08, 0x04, 0x08, 0x10, 0x10, 0x10, 0x10,
                                          0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x01, 0x02, 0x04, 0x08, 0x04, 0x08,
                                          0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10);
  const __m256i lut_roll = _mm256_setr_epi8(0, 16, 19, 4, -65, -65, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 19, 4,
                                            -65, -65, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0);
  const __m256i mask_2f = _mm256_set1_epi8(0x2f);
  // 0x2f clears bit 7, so that the shuffles look up rather than zero.
  const __m256i hi_nibbles = _mm256_and_si256(_mm256_srli_epi32(str, 4), mask_2f);
  const __m256i lo_nibbles = _mm256_and_si256(str, mask_2f);
  const __m256i lo = _mm256_shuffle_epi8(lut_lo, lo_nibbles);
  const __m256i hi = _mm256_shuffle_epi8(lut_hi, hi_nibbles);
  if (!_mm256_testz_si256(lo, hi)) return false;
  const __m256i eq_2f = _mm256_cmpeq_epi8(str, mask_2f);  // '/' is the one character of its class
  const __m256i roll = _mm256_shuffle_epi8(lut_roll, _mm256_add_epi8(eq_2f, hi_nibbles));
  const __m256i sextets = _mm256_add_epi8(str, roll);
  // Bytes a, b, c, d of each 32-bit lane -> 24 bits a:b:c:d, then 3 bytes in order.
  const __m256i ab_cd = _mm256_maddubs_epi16(sextets, _mm256_set1_epi32(0x01400140));
  const __m256i abcd = _mm256_madd_epi16(ab_cd, _mm256_set1_epi32(0x00011000));
  const __m256i packed = _mm256_shuffle_epi8(
      abcd, _mm256_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1, 2, 1, 0, 6, 5, 4, 10, 9, 8, 14,
                             13, 12, -1, -1, -1, -1));
  const __m256i out = _mm256_permutevar8x32_epi32(packed, _mm256_setr_epi32(0, 1, 2, 4, 5, 6, 7, 7));
  _mm256_storeu_si256(reinterpret_cast<__m256i*>(w), out);
  return true;
}

// Avx2Block over `in` from `i` while 32 characters remain, skipping line
// breaks between blocks; stops at the first block that is not all alphabet.
__attribute__((target("avx2"))) void Avx2Run(const uint8_t* in, size_t n, size_t& i, char*& w) {
  while (i + 32 <= n) {
    if (in[i] == '\n') {
      ++i;
    } else if (in[i] == '\r' && in[i + 1] == '\n') {
      i += 2;
    } else if (Avx2Block(in + i, w)) {
      i += 32;
      w += 24;
    } else {
      return;
    }
  }
}

// __builtin_cpu_init first: this initialiser may run before libgcc's own.
const bool kHasAvx2 = [] {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2") != 0;
}();
#endif

}  // namespace

bool DecodeBase64To(std::string_view text, std::string* out) {
  const size_t n = text.size();
  // Slack: a quantum stores 4 bytes to write 3, an AVX2 step 32 to write 24.
  out->resize(n / 4 * 3 + 12);
  char* const begin = out->data();
  char* w = begin;
  const auto* in = reinterpret_cast<const uint8_t*>(text.data());
  uint32_t acc = 0;
  int bits = 0, pad = 0;
  size_t i = 0;
  while (i < n) {
    // Fast path: whole quanta of alphabet characters, a line break after
    // any of them (a PEM line is 16 quanta, a MIME line 19).
    while (bits == 0 && !pad) {
#ifdef CAIR_BASE64_AVX2
      if (kHasAvx2) Avx2Run(in, n, i, w);
#endif
      while (i + 16 <= n) {
        const uint32_t q0 = Quantum(in + i), q1 = Quantum(in + i + 4), q2 = Quantum(in + i + 8),
                       q3 = Quantum(in + i + 12);
        if ((q0 | q1 | q2 | q3) & 0x80000000u) break;
        Store(q0, w);
        Store(q1, w);
        Store(q2, w);
        Store(q3, w);
        i += 16;
      }
      while (i + 4 <= n) {
        const uint32_t q = Quantum(in + i);
        if (q & 0x80000000u) break;
        Store(q, w);
        i += 4;
      }
      if (i < n && in[i] == '\n') {
        ++i;
      } else if (i + 1 < n && in[i] == '\r' && in[i + 1] == '\n') {
        i += 2;
      } else {
        break;
      }
    }
    if (i >= n) break;
    // One character at a time: padding, other white space, a line whose
    // length is not a multiple of 4, a bad character.
    const int v = kTable[in[i++]];
    if (v >= 0) {
      if (pad) return false;  // data after padding
      acc = (acc << 6) | static_cast<uint32_t>(v);
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        *w++ = static_cast<char>((acc >> bits) & 0xff);
      }
    } else if (v == -3) {
      ++pad;
    } else if (v == -1) {
      return false;
    }
  }
  if (pad > 2 || bits >= 6) return false;
  out->resize(static_cast<size_t>(w - begin));
  return true;
}

}  // namespace cair::x509
