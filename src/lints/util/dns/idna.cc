#include "lints/util/dns/idna.h"

#include <idn2.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>

#include "lints/util/dns/names.h"

namespace cair::lints::util::dns {
namespace {

// RFC 3492 5: Punycode parameters for IDNA.
constexpr int64_t kBase = 36, kTMin = 1, kTMax = 26, kSkew = 38, kDamp = 700;
constexpr int64_t kInitialBias = 72, kInitialN = 128;
constexpr int64_t kMaxInt32 = 0x7fffffff;
constexpr size_t kMaxOutput = 1024;

// RFC 3492 6.1 bias adaptation.
int64_t Adapt(int64_t delta, int64_t num_points, bool first_time) {
  delta = first_time ? delta / kDamp : delta / 2;
  delta += delta / num_points;
  int64_t k = 0;
  while (delta > ((kBase - kTMin) * kTMax) / 2) {
    delta /= kBase - kTMin;
    k += kBase;
  }
  return k + (kBase - kTMin + 1) * delta / (delta + kSkew);
}

// Digit value of a basic code point, either case; -1 if not a digit.
int64_t DigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0' + 26;
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a';
  return -1;
}

// Appends the code points of UTF-8 text, one U+FFFD per invalid byte.
void AppendUtf8CodePoints(std::string_view s, std::u32string* out) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  for (size_t i = 0; i < s.size();) {
    const uint8_t b = p[i];
    const size_t left = s.size() - i;
    auto cont = [&](size_t k) { return k < left && (p[i + k] & 0xC0) == 0x80; };
    char32_t cp = 0xFFFD;
    size_t len = 1;
    if (b < 0x80) {
      cp = b;
    } else if (b >= 0xC2 && b <= 0xDF && cont(1)) {
      cp = (b & 0x1Fu) << 6 | (p[i + 1] & 0x3Fu);
      len = 2;
    } else if (b >= 0xE0 && b <= 0xEF && cont(1) && cont(2)) {
      const char32_t v = (b & 0x0Fu) << 12 | (p[i + 1] & 0x3Fu) << 6 | (p[i + 2] & 0x3Fu);
      if (v >= 0x800 && (v < 0xD800 || v > 0xDFFF)) cp = v, len = 3;
    } else if (b >= 0xF0 && b <= 0xF4 && cont(1) && cont(2) && cont(3)) {
      const char32_t v = (b & 0x07u) << 18 | (p[i + 1] & 0x3Fu) << 12 |
                         (p[i + 2] & 0x3Fu) << 6 | (p[i + 3] & 0x3Fu);
      if (v >= 0x10000 && v <= 0x10FFFF) cp = v, len = 4;
    }
    out->push_back(cp);
    i += len;
  }
}

}  // namespace

bool PunycodeDecode(std::string_view encoded, std::u32string* out) {
  out->clear();
  if (encoded.empty()) return true;
  // Basic code points: everything before the last delimiter.
  const size_t last_dash = encoded.rfind('-');
  size_t pos = last_dash == std::string_view::npos ? 0 : last_dash + 1;
  if (pos == 1) return false;  // a lone leading delimiter
  if (pos == encoded.size()) {
    AppendUtf8CodePoints(encoded.substr(0, encoded.size() - 1), out);
    return true;
  }
  if (pos > 0) AppendUtf8CodePoints(encoded.substr(0, pos - 1), out);

  int64_t i = 0, n = kInitialN, bias = kInitialBias;
  while (pos < encoded.size()) {
    const int64_t old_i = i;
    int64_t w = 1;
    for (int64_t k = kBase;; k += kBase) {
      if (pos == encoded.size()) return false;
      const int64_t digit = DigitValue(encoded[pos++]);
      if (digit < 0) return false;
      if (digit * w > kMaxInt32 - i) return false;
      i += digit * w;
      const int64_t t = k <= bias ? kTMin : k >= bias + kTMax ? kTMax : k - bias;
      if (digit < t) break;
      if (w * (kBase - t) > kMaxInt32) return false;
      w *= kBase - t;
    }
    if (out->size() >= kMaxOutput) return false;
    const int64_t x = static_cast<int64_t>(out->size()) + 1;
    bias = Adapt(i - old_i, x, old_i == 0);
    n += i / x;
    i %= x;
    if (n < 0 || n > 0x10FFFF) return false;
    // A surrogate is kept as U+FFFD (only positions matter for decoding).
    const char32_t cp = (n >= 0xD800 && n <= 0xDFFF) ? 0xFFFD : static_cast<char32_t>(n);
    out->insert(out->begin() + i, cp);
    ++i;
  }
  return true;
}

bool ALabelToUnicode(std::string_view label, std::u32string* out) {
  if (!HasXnPrefix(label)) return false;
  return PunycodeDecode(label.substr(4), out);
}

std::string UnicodeLower(std::string_view utf8) {
  bool ascii = true;
  for (char c : utf8) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) return AsciiLower(utf8);
  std::u32string cps;
  AppendUtf8CodePoints(utf8, &cps);
  std::string out;
  out.reserve(utf8.size());
  for (char32_t cp : cps) {
    const uint32_t v = static_cast<uint32_t>(u_tolower(static_cast<UChar32>(cp)));
    if (v < 0x80) {
      out.push_back(static_cast<char>(v));
    } else if (v < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (v >> 6)));
      out.push_back(static_cast<char>(0x80 | (v & 0x3F)));
    } else if (v < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (v >> 12)));
      out.push_back(static_cast<char>(0x80 | ((v >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (v & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (v >> 18)));
      out.push_back(static_cast<char>(0x80 | ((v >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((v >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (v & 0x3F)));
    }
  }
  return out;
}

// One pass while both are ASCII: an ASCII octet is a rune of its own that
// lower-cases to one ASCII octet, so two names whose ASCII prefixes differ
// (ignoring case) before either has a non-ASCII octet differ lower-cased too,
// and a name that is an ASCII prefix of a longer one differs from it (every
// further octet adds at least one rune, U+FFFD for an invalid one). Only a
// non-ASCII octet met before that point needs the Unicode comparison.
bool EqualIgnoringCase(std::string_view a, std::string_view b) {
  const size_t n = std::min(a.size(), b.size());
  for (size_t i = 0; i < n; ++i) {
    const auto x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[i]);
    if ((x | y) >= 0x80) return UnicodeLower(a) == UnicodeLower(b);
    const auto lower = [](unsigned char c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; };
    if (lower(x) != lower(y)) return false;
  }
  return a.size() == b.size();
}

namespace {

bool IsNormalized(const UNormalizer2* form, const std::u32string& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::u16string utf16;
  utf16.reserve(text.size());
  for (char32_t cp : text) {
    if (cp >= 0x10000) {
      cp -= 0x10000;
      utf16.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
      utf16.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      utf16.push_back(static_cast<char16_t>(cp));
    }
  }
  const UBool ok = unorm2_isNormalized(form, reinterpret_cast<const UChar*>(utf16.data()),
                                       static_cast<int32_t>(utf16.size()), &status);
  return U_FAILURE(status) || ok;
}

}  // namespace

bool IsNfc(const std::u32string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2* nfc = unorm2_getNFCInstance(&status);
  return U_FAILURE(status) || IsNormalized(nfc, text);
}

bool IsNfkc(const std::u32string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2* nfkc = unorm2_getNFKCInstance(&status);
  return U_FAILURE(status) || IsNormalized(nfkc, text);
}

bool LabelIsValidALabel(std::string_view label) {
  if (!HasXnPrefix(label)) return false;
  const std::string lower = AsciiLower(label);
  if (lower.find('\0') != std::string::npos) return false;
  uint8_t* insert = nullptr;
  const int rc = idn2_register_u8(nullptr, reinterpret_cast<const uint8_t*>(lower.c_str()),
                                  &insert, 0);
  idn2_free(insert);
  return rc == IDN2_OK;
}

}  // namespace cair::lints::util::dns
