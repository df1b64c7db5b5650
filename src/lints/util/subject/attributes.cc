#include "lints/util/subject/attributes.h"

#include <unicode/uloc.h>

#include <array>
#include <cstdint>

#include "der/parser.h"
#include "der/strings.h"
#include "x509/oids.h"

namespace cair::lints::util::subject {

namespace {

// UTF-16BE to UTF-8 as Go's utf16.Decode + string([]rune) does: surrogate
// pairs combine, a lone surrogate becomes U+FFFD.
std::string DecodeUtf16Be(der::Input v) {
  std::string out;
  out.reserve(v.size());
  const size_t n = v.size() / 2;
  for (size_t i = 0; i < n; ++i) {
    uint32_t u = (uint32_t{v[2 * i]} << 8) | v[2 * i + 1];
    if (u >= 0xd800 && u < 0xdc00 && i + 1 < n) {
      const uint32_t lo = (uint32_t{v[2 * i + 2]} << 8) | v[2 * i + 3];
      if (lo >= 0xdc00 && lo < 0xe000) {
        der::AppendUtf8(0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00), &out);
        ++i;
        continue;
      }
    }
    if (u >= 0xd800 && u < 0xe000) u = 0xfffd;
    der::AppendUtf8(u, &out);
  }
  return out;
}

int CountryIndex(char a, char b) {
  if (a >= 'a' && a <= 'z') a = static_cast<char>(a - 'a' + 'A');
  if (b >= 'a' && b <= 'z') b = static_cast<char>(b - 'a' + 'A');
  if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z') return -1;
  return (a - 'A') * 26 + (b - 'A');
}

std::array<bool, 26 * 26> BuildCountryTable() {
  std::array<bool, 26 * 26> t{};
  for (const char* const* c = uloc_getISOCountries(); c && *c; ++c) {
    const std::string_view code(*c);
    if (code.size() != 2) continue;
    const int i = CountryIndex(code[0], code[1]);
    if (i >= 0) t[i] = true;
  }
  // ICU adds codes that ISO 3166-1 does not assign (exceptional and
  // user-assigned reservations); zlint refuses them.
  for (const char* extra : {"DG", "EA", "IC", "XK"}) t[CountryIndex(extra[0], extra[1])] = false;
  // The BRs' "no country" code, and the withdrawn AN that zlint still lists.
  for (const char* more : {"XX", "AN"}) t[CountryIndex(more[0], more[1])] = true;
  return t;
}

}  // namespace

std::string ZcryptoString(const x509::Attribute& a) {
  if (a.value_tag == der::kBmpString) {
    der::Input v = a.value;
    if (v.size() >= 2 && v[v.size() - 1] == 0 && v[v.size() - 2] == 0) v = v.sub(0, v.size() - 2);
    return DecodeUtf16Be(v);
  }
  return a.value.AsString();
}

size_t CountZcryptoStrings(const x509::Name& name, der::Input oid) {
  size_t n = 0;
  for (const auto& a : name.attributes) n += SameOid(a.oid, oid) && IsZcryptoString(a);
  return n;
}

namespace {
const x509::Attribute* LastZcryptoStringAttribute(const x509::Name& name, der::Input oid) {
  const x509::Attribute* last = nullptr;
  for (const auto& a : name.attributes)
    if (SameOid(a.oid, oid) && IsZcryptoString(a)) last = &a;
  return last;
}
}  // namespace

std::string LastZcryptoString(const x509::Name& name, der::Input oid) {
  const x509::Attribute* last = LastZcryptoStringAttribute(name, oid);
  return last ? ZcryptoString(*last) : std::string();
}

bool LastZcryptoStringEmpty(const x509::Name& name, der::Input oid) {
  const x509::Attribute* last = LastZcryptoStringAttribute(name, oid);
  if (last == nullptr) return true;
  if (!(last->value_tag == der::kBmpString)) return last->value.empty();
  // ZcryptoString's BMPString: a final 00 00 dropped, then one character or
  // more for each whole two-octet unit left.
  der::Input v = last->value;
  if (v.size() >= 2 && v[v.size() - 1] == 0 && v[v.size() - 2] == 0) v = v.sub(0, v.size() - 2);
  return v.size() < 2;
}

bool HasOrgOrPersonalName(const x509::Name& name) {
  for (const auto& a : name.attributes)
    if ((SameOid(a.oid, oid::kOrganizationName) || SameOid(a.oid, oid::kGivenName) ||
         SameOid(a.oid, oid::kSurname)) &&
        IsZcryptoString(a))
      return true;
  return false;
}

bool IsIsoCountryCode(std::string_view code) {
  static const std::array<bool, 26 * 26> kTable = BuildCountryTable();
  if (code.size() != 2) return false;
  const int i = CountryIndex(code[0], code[1]);
  return i >= 0 && kTable[i];
}

std::string GoIpString(der::Input ip) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  auto dotted = [&](der::Input b) {
    for (size_t i = 0; i < 4; ++i) {
      if (i) out += '.';
      out += std::to_string(b[i]);
    }
  };
  if (ip.size() == 4) {
    dotted(ip);
    return out;
  }
  if (ip.size() != 16) {
    out = "?";
    for (uint8_t b : ip) {
      out += kHex[b >> 4];
      out += kHex[b & 15];
    }
    return out;
  }
  bool mapped = ip[10] == 0xff && ip[11] == 0xff;
  for (size_t i = 0; i < 10 && mapped; ++i) mapped = ip[i] == 0;
  if (mapped) {
    dotted(ip.sub(12));
    return out;
  }
  // Longest run of two or more zero groups (the first on a tie) becomes "::".
  int best_start = -1, best_len = 0;
  for (int i = 0; i < 8;) {
    int j = i;
    while (j < 8 && ip[2 * j] == 0 && ip[2 * j + 1] == 0) ++j;
    if (j - i > best_len) {
      best_start = i;
      best_len = j - i;
    }
    i = j > i ? j : i + 1;
  }
  if (best_len < 2) best_start = -1;
  for (int i = 0; i < 8; ++i) {
    if (i == best_start) {
      out += "::";
      i += best_len - 1;
      continue;
    }
    if (i > 0 && out.back() != ':') out += ':';
    const unsigned group = (unsigned{ip[2 * i]} << 8) | ip[2 * i + 1];
    bool started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
      const unsigned d = (group >> shift) & 15;
      if (d || started || shift == 0) {
        out += kHex[d];
        started = true;
      }
    }
  }
  return out;
}

std::string ReadCrossSignedCa(const lint::Config& config, bool* cross_signed) {
  std::string error;
  auto v = config.GetBool("CABFBaselineRequirementsConfig", "CrossSignedCa", false, &error);
  if (!v) return error.empty() ? "CABFBaselineRequirementsConfig.CrossSignedCa: not a boolean" : error;
  *cross_signed = *v;
  return "";
}

}  // namespace cair::lints::util::subject
