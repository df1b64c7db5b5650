#include "lints/util/subject/values.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "der/parser.h"
#include "der/strings.h"

namespace cair::lints::util::subject {

// ---- Go's unicode/utf8 ----------------------------------------------------------

uint32_t GoDecodeRune(std::string_view s, size_t* size) {
  const size_t n = s.size();
  if (n == 0) {
    *size = 0;
    return kGoRuneError;
  }
  const auto b = [&](size_t i) { return static_cast<uint8_t>(s[i]); };
  const uint8_t c0 = b(0);
  if (c0 < 0x80) {
    *size = 1;
    return c0;
  }
  // Lead byte: sequence length and the allowed range of the second byte
  // (RFC 3629 table 3-7: no overlongs, no surrogates, nothing past U+10FFFF).
  size_t len = 0;
  uint8_t lo = 0x80, hi = 0xbf;
  if (c0 >= 0xc2 && c0 <= 0xdf) {
    len = 2;
  } else if (c0 >= 0xe0 && c0 <= 0xef) {
    len = 3;
    if (c0 == 0xe0) lo = 0xa0;
    if (c0 == 0xed) hi = 0x9f;
  } else if (c0 >= 0xf0 && c0 <= 0xf4) {
    len = 4;
    if (c0 == 0xf0) lo = 0x90;
    if (c0 == 0xf4) hi = 0x8f;
  }
  *size = 1;
  if (len == 0 || n < 2 || b(1) < lo || b(1) > hi) return kGoRuneError;
  if (len == 2) {
    *size = 2;
    return (uint32_t{c0} & 0x1f) << 6 | (b(1) & 0x3f);
  }
  if (n < 3 || (b(2) & 0xc0) != 0x80) return kGoRuneError;
  if (len == 3) {
    *size = 3;
    return (uint32_t{c0} & 0x0f) << 12 | uint32_t(b(1) & 0x3f) << 6 | (b(2) & 0x3f);
  }
  if (n < 4 || (b(3) & 0xc0) != 0x80) return kGoRuneError;
  *size = 4;
  return (uint32_t{c0} & 0x07) << 18 | uint32_t(b(1) & 0x3f) << 12 | uint32_t(b(2) & 0x3f) << 6 |
         (b(3) & 0x3f);
}

uint32_t GoDecodeLastRune(std::string_view s, size_t* size) {
  const size_t end = s.size();
  if (end == 0) {
    *size = 0;
    return kGoRuneError;
  }
  size_t start = end - 1;
  if (static_cast<uint8_t>(s[start]) < 0x80) {
    *size = 1;
    return static_cast<uint8_t>(s[start]);
  }
  // Back up to the start of the last sequence, at most 4 bytes from the end.
  const size_t lim = end >= 4 ? end - 4 : 0;
  while (start > lim && (static_cast<uint8_t>(s[start]) & 0xc0) == 0x80) --start;
  size_t n = 0;
  const uint32_t r = GoDecodeRune(s.substr(start), &n);
  if (start + n != end) {
    *size = 1;
    return kGoRuneError;
  }
  *size = n;
  return r;
}

size_t GoRuneCount(std::string_view s) {
  size_t count = 0;
  for (size_t i = 0; i < s.size(); ++count) {
    if (static_cast<uint8_t>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t n = 0;
    GoDecodeRune(s.substr(i), &n);
    i += n;
  }
  return count;
}

bool GoIsSpace(uint32_t r) {
  if (r <= 0xff) {
    return r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r' || r == ' ' || r == 0x85 ||
           r == 0xa0;
  }
  return r == 0x1680 || (r >= 0x2000 && r <= 0x200a) || r == 0x2028 || r == 0x2029 || r == 0x202f ||
         r == 0x205f || r == 0x3000;
}

// ---- Attribute values -------------------------------------------------------------

std::string_view BmpGoStringValue(const x509::Attribute& a, std::string* scratch) {
  // BMPString: UTF-16 big-endian; a final U+0000 is a terminator; a
  // surrogate that is not half of a pair becomes U+FFFD (utf16.Decode).
  der::Input v = a.value;
  size_t units = v.size() / 2;
  if (units > 0 && v[2 * units - 2] == 0 && v[2 * units - 1] == 0) --units;
  scratch->clear();
  for (size_t i = 0; i < units; ++i) {
    uint32_t u = uint32_t{v[2 * i]} << 8 | v[2 * i + 1];
    if (u >= 0xd800 && u < 0xe000) {
      uint32_t lo = i + 1 < units ? (uint32_t{v[2 * i + 2]} << 8 | v[2 * i + 3]) : 0;
      if (u < 0xdc00 && lo >= 0xdc00 && lo < 0xe000) {
        u = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
        ++i;
      } else {
        u = kGoRuneError;
      }
    }
    der::AppendUtf8(u, scratch);
  }
  return *scratch;
}

bool AnyValueHasByte(const x509::Name& name, char byte) {
  for (const auto& a : name.attributes)
    if (!a.value.empty() && std::memchr(a.value.data(), byte, a.value.size()) != nullptr) return true;
  return false;
}

bool AllValuesAscii(const x509::Name& name) {
  constexpr uint64_t kHigh = 0x8080808080808080u;
  for (const auto& a : name.attributes) {
    const uint8_t* p = a.value.data();
    const size_t n = a.value.size();
    size_t i = 0;
    uint64_t high = 0;
    for (; i + 8 <= n; i += 8) {
      uint64_t x;
      std::memcpy(&x, p + i, 8);
      high |= x;
    }
    if (i < n && n >= 8) {  // the tail, inside the last (overlapping) word
      uint64_t x;
      std::memcpy(&x, p + n - 8, 8);
      high |= x;
      i = n;
    }
    for (; i < n; ++i) high |= p[i];
    if (high & kHigh) return false;
  }
  return true;
}

size_t CountGoStrings(const x509::Name& name, der::Input oid) {
  size_t n = 0;
  for (const auto& a : name.attributes) n += SameOid(a.oid, oid) && IsGoStringValue(a);
  return n;
}

std::optional<std::string> FirstGoString(const x509::Name& name, der::Input oid) {
  std::optional<std::string> out;
  ForEachGoString(name, oid, [&](std::string_view s) {
    out.emplace(s);
    return false;
  });
  return out;
}

std::optional<std::string> LastGoString(const x509::Name& name, der::Input oid) {
  std::string scratch;
  const auto v = LastGoStringView(name, oid, &scratch);
  return v ? std::optional<std::string>(*v) : std::nullopt;
}

std::optional<std::string_view> LastGoStringView(const x509::Name& name, der::Input oid,
                                                 std::string* scratch) {
  const x509::Attribute* last = nullptr;
  for (const auto& a : name.attributes)
    if (SameOid(a.oid, oid) && IsGoStringValue(a)) last = &a;
  if (last == nullptr) return std::nullopt;
  return GoStringValue(*last, scratch);
}

bool AnyGoStringLongerThan(const x509::Name& name, der::Input oid, size_t max_runes) {
  return !ForEachGoString(name, oid, [&](std::string_view s) {
    // A rune is at least one byte: short values need no counting.
    return !GoRuneCountAbove(s, max_runes);
  });
}

namespace {

// The x of an id-at OID 2.5.4.x (55 04 x) below 64, or -1.
int IdAtLeaf(der::Input oid) {
  return oid.size() == 3 && oid[0] == 0x55 && oid[1] == 0x04 && oid[2] < 64 ? oid[2] : -1;
}

struct SubjectGoStrings {
  uint64_t present = 0;                // bit x: some string value of type 2.5.4.x
  std::array<uint16_t, 64> longest{};  // its longest value in bytes (0xffff: that or more)
};

SubjectGoStrings ComputeSubjectGoStrings(const x509::Certificate& c) {
  SubjectGoStrings out;
  for (const auto& a : c.subject.attributes) {
    const int leaf = IdAtLeaf(a.oid);
    if (leaf < 0 || !IsGoStringValue(a)) continue;
    out.present |= uint64_t{1} << leaf;
    // A rune is at least one byte of the value (a BMPString's: two).
    const uint16_t bytes = static_cast<uint16_t>(std::min<size_t>(a.value.size(), 0xffff));
    out.longest[leaf] = std::max(out.longest[leaf], bytes);
  }
  return out;
}

}  // namespace

bool SubjectHasGoString(const x509::Certificate& c, der::Input oid) {
  const int leaf = IdAtLeaf(oid);
  if (leaf < 0) return CountGoStrings(c.subject, oid) > 0;
  return c.Derived<SubjectGoStrings>(&ComputeSubjectGoStrings).present >> leaf & 1;
}

bool SubjectGoStringLongerThan(const x509::Certificate& c, der::Input oid, size_t max_runes) {
  const int leaf = IdAtLeaf(oid);
  if (leaf >= 0) {
    const SubjectGoStrings& s = c.Derived<SubjectGoStrings>(&ComputeSubjectGoStrings);
    if (!(s.present >> leaf & 1)) return false;
    if (s.longest[leaf] < 0xffff && s.longest[leaf] <= max_runes) return false;
  }
  return AnyGoStringLongerThan(c.subject, oid, max_runes);
}

// ---- Raw RDNSequence checks ---------------------------------------------------------

DnWhitespace FindDnWhitespace(const x509::Name& name) {
  DnWhitespace out;
  std::string scratch;
  for (const auto& a : name.attributes) {
    if (!IsPkixNameAttribute(a.oid) || !IsGoStringValue(a)) continue;
    std::string_view s = GoStringValue(a, &scratch);
    if (s.empty()) continue;
    // An ASCII first or last byte is the rune itself: no decoding.
    const uint8_t first = static_cast<uint8_t>(s.front()), last = static_cast<uint8_t>(s.back());
    size_t n = 0;
    if (first < 0x80 ? GoIsAsciiSpace(first) : GoIsSpace(GoDecodeRune(s, &n))) out.leading = true;
    if (last < 0x80 ? GoIsAsciiSpace(last) : GoIsSpace(GoDecodeLastRune(s, &n))) out.trailing = true;
    if (out.leading && out.trailing) break;
  }
  return out;
}

namespace {
DnWhitespace ComputeSubjectWhitespace(const x509::Certificate& c) { return FindDnWhitespace(c.subject); }
DnWhitespace ComputeIssuerWhitespace(const x509::Certificate& c) { return FindDnWhitespace(c.issuer); }
}  // namespace

DnWhitespace SubjectDnWhitespace(const x509::Certificate& c) {
  return c.Derived<DnWhitespace>(&ComputeSubjectWhitespace);
}
DnWhitespace IssuerDnWhitespace(const x509::Certificate& c) {
  return c.Derived<DnWhitespace>(&ComputeIssuerWhitespace);
}

bool HasMultiValuedRdn(const x509::Name& name) {
  const auto& attrs = name.attributes;
  for (size_t i = 1; i < attrs.size(); ++i)
    if (attrs[i].rdn == attrs[i - 1].rdn) return true;
  return false;
}

bool AnyValueTagNumberOtherThan(const x509::Name& name, der::Input oid, uint32_t tag_number) {
  for (const auto& a : name.attributes)
    if (SameOid(a.oid, oid) && a.value_tag.number != tag_number) return true;
  return false;
}

}  // namespace cair::lints::util::subject
