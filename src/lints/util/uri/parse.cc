#include "lints/util/uri/parse.h"

#include <arpa/inet.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <vector>

namespace cair::lints::util::uri {
namespace {

// Which URI component a %-escaped string belongs to; it decides which raw
// characters are acceptable (Go's url "encoding" modes that Parse uses).
enum class Part { kPath, kHost, kZone, kUserPassword, kFragment };

bool IsHex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
uint8_t HexValue(char c) {
  if (c >= '0' && c <= '9') return static_cast<uint8_t>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<uint8_t>(c - 'a' + 10);
  return static_cast<uint8_t>(c - 'A' + 10);
}
bool IsAsciiAlnum(uint32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// True when the ASCII byte `c` may not appear literally in a host (RFC 3986
// 3.2.2 reg-name characters, plus ':' '[' ']' for the port and IP literals and
// the few characters Go also lets through).
constexpr bool NotAllowedInHostSlow(uint8_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return false;
  switch (c) {
    case '!': case '$': case '&': case '\'': case '(': case ')': case '*': case '+':
    case ',': case ';': case '=': case ':': case '[': case ']': case '<': case '>':
    case '"': case '-': case '_': case '.': case '~':
      return false;
    default:
      return true;
  }
}
// The same as a table of the 128 ASCII bytes (every host byte is looked up).
constexpr std::array<bool, 128> kNotAllowedInHost = [] {
  std::array<bool, 128> t{};
  for (int c = 0; c < 128; ++c) t[c] = NotAllowedInHostSlow(static_cast<uint8_t>(c));
  return t;
}();
bool NotAllowedInHost(uint8_t c) { return c >= 0x80 || kNotAllowedInHost[c]; }
// An ASCII byte a host may not hold literally (non-ASCII bytes may appear).
bool AsciiNotAllowedInHost(uint8_t c) { return c < 0x80 && kNotAllowedInHost[c]; }

// Checks the %-escapes of `s` for component `part` and decodes them into
// `*out`. False where Go's url package reports an escape or host error.
bool Unescape(std::string_view s, Part part, std::string* out) {
  const bool hostish = part == Part::kHost || part == Part::kZone;
  // Most components hold no escape: checked (hosts) and copied as they are.
  if (s.empty() || std::memchr(s.data(), '%', s.size()) == nullptr) {
    if (hostish)
      for (char c : s)
        if (AsciiNotAllowedInHost(static_cast<uint8_t>(c))) return false;
    out->assign(s);
    return true;
  }
  for (size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (c == '%') {
      if (i + 2 >= s.size() || !IsHex(s[i + 1]) || !IsHex(s[i + 2])) return false;
      const bool is_pct25 = s.substr(i, 3) == "%25";
      // In a host, %-encoding is only for non-ASCII bytes (and %25 in a zone).
      if (part == Part::kHost && HexValue(s[i + 1]) < 8 && !is_pct25) return false;
      if (part == Part::kZone) {
        const uint8_t v = static_cast<uint8_t>(HexValue(s[i + 1]) << 4 | HexValue(s[i + 2]));
        if (!is_pct25 && v != ' ' && NotAllowedInHost(v)) return false;
      }
      i += 3;
      continue;
    }
    if (hostish && AsciiNotAllowedInHost(static_cast<uint8_t>(c)))
      return false;
    ++i;
  }
  out->clear();
  out->reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%') {
      out->push_back(static_cast<char>(HexValue(s[i + 1]) << 4 | HexValue(s[i + 2])));
      i += 2;
    } else {
      out->push_back(s[i]);
    }
  }
  return true;
}

// "" or ":" followed by digits only.
bool ValidOptionalPort(std::string_view port) {
  if (port.empty()) return true;
  if (port[0] != ':') return false;
  for (char c : port.substr(1))
    if (c < '0' || c > '9') return false;
  return true;
}

// Host with optional port: an IP literal in brackets, or anything else whose
// last ':' starts a numeric port.
bool ParseHostPort(std::string_view host, std::string* out) {
  if (!host.empty() && host[0] == '[') {
    const size_t close = host.rfind(']');
    if (close == std::string_view::npos) return false;
    if (!ValidOptionalPort(host.substr(close + 1))) return false;
    const size_t zone = host.substr(0, close).find("%25");
    if (zone != std::string_view::npos) {
      std::string a, b, c;
      if (!Unescape(host.substr(0, zone), Part::kHost, &a) ||
          !Unescape(host.substr(zone, close - zone), Part::kZone, &b) ||
          !Unescape(host.substr(close), Part::kHost, &c))
        return false;
      *out = a + b + c;
      return true;
    }
  } else if (const size_t colon = host.rfind(':'); colon != std::string_view::npos) {
    if (!ValidOptionalPort(host.substr(colon))) return false;
  }
  return Unescape(host, Part::kHost, out);
}

// RFC 3986 userinfo characters (unreserved, sub-delims, ':', '%', and '@').
bool ValidUserinfo(std::string_view s) {
  for (char ch : s) {
    const uint8_t c = static_cast<uint8_t>(ch);
    if (IsAsciiAlnum(c)) continue;
    switch (c) {
      case '-': case '.': case '_': case ':': case '~': case '!': case '$': case '&':
      case '\'': case '(': case ')': case '*': case '+': case ',': case ';': case '=':
      case '%': case '@':
        continue;
      default:
        return false;  // includes every non-ASCII byte
    }
  }
  return true;
}

bool ParseAuthority(std::string_view authority, ParsedUri* out) {
  const size_t at = authority.rfind('@');
  const std::string_view hostport =
      at == std::string_view::npos ? authority : authority.substr(at + 1);
  if (!ParseHostPort(hostport, &out->host)) return false;
  if (at == std::string_view::npos) return true;
  const std::string_view userinfo = authority.substr(0, at);
  if (!ValidUserinfo(userinfo)) return false;
  std::string scratch;
  const size_t colon = userinfo.find(':');
  if (colon == std::string_view::npos) {
    if (!Unescape(userinfo, Part::kUserPassword, &scratch)) return false;
  } else if (!Unescape(userinfo.substr(0, colon), Part::kUserPassword, &scratch) ||
             !Unescape(userinfo.substr(colon + 1), Part::kUserPassword, &scratch)) {
    return false;
  }
  out->has_user = true;
  return true;
}

// Some byte is below 0x20 or is 0x7f (Go's "invalid control character in
// URL"); bytes >= 0x80 are allowed. Eight bytes at a time: a word is
// refused only when the borrow tests find such a byte in it (a borrow
// starts only at one), and the tail byte by byte.
bool HasAsciiControl(std::string_view s) {
  constexpr uint64_t kOnes = 0x0101010101010101u, kHigh = 0x8080808080808080u;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t x;
    std::memcpy(&x, s.data() + i, 8);
    const uint64_t y = x ^ (kOnes * 0x7f);
    if (((x - kOnes * 0x20) & ~x & kHigh) | ((y - kOnes) & ~y & kHigh)) return true;
  }
  for (; i < s.size(); ++i) {
    const uint8_t c = static_cast<uint8_t>(s[i]);
    if (c < 0x20 || c == 0x7f) return true;
  }
  return false;
}

// Everything before '#'.
bool ParseWithoutFragment(std::string_view s, ParsedUri* out) {
  if (HasAsciiControl(s)) return false;
  if (s == "*") {
    out->path = "*";
    return true;
  }
  // Scheme: a letter, then letters, digits, '+', '-', '.', up to a ':'.
  std::string_view rest = s;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) continue;
    if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.') {
      if (i == 0) break;
      continue;
    }
    if (c == ':') {
      if (i == 0) return false;  // "missing protocol scheme"
      out->scheme.assign(s.substr(0, i));
      for (char& x : out->scheme)
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
      rest = s.substr(i + 1);
    }
    break;
  }
  // Query.
  if (!rest.empty() && rest.back() == '?' && rest.find('?') == rest.size() - 1) {
    rest.remove_suffix(1);
  } else if (const size_t q = rest.find('?'); q != std::string_view::npos) {
    out->raw_query.assign(rest.substr(q + 1));
    rest = rest.substr(0, q);
  }
  if (rest.empty() || rest[0] != '/') {
    if (!out->scheme.empty()) {
      out->opaque.assign(rest);  // rootless: "mailto:a@b", "urn:x:y"
      return true;
    }
    // A relative reference whose first segment has a ':' would be mistaken
    // for a scheme; Go rejects it.
    if (rest.substr(0, rest.find('/')).find(':') != std::string_view::npos) return false;
  }
  const bool two = rest.substr(0, 2) == "//";
  const bool three = rest.substr(0, 3) == "///";
  if (two && (!out->scheme.empty() || !three)) {
    std::string_view authority = rest.substr(2);
    rest = {};
    if (const size_t slash = authority.find('/'); slash != std::string_view::npos) {
      rest = authority.substr(slash);
      authority = authority.substr(0, slash);
    }
    if (!ParseAuthority(authority, out)) return false;
  }
  return Unescape(rest, Part::kPath, &out->path);
}

// ---------------------------------------------------------------------------
// The URL pattern (zcrypto util.IsURL, after govalidator). Written as a set
// simulation over positions rather than a backtracking regex: every helper
// maps a set of start positions to the set of positions where its piece can
// end. Positions index runes (Go's regexp works on runes; an invalid UTF-8
// byte is one U+FFFD rune).

using Set = std::vector<char>;

std::vector<uint32_t> DecodeRunes(std::string_view s) {
  std::vector<uint32_t> out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const size_t n = s.size();
  for (size_t i = 0; i < n;) {
    const uint8_t b = p[i];
    uint32_t cp = 0xFFFD;
    size_t len = 1;
    if (b < 0x80) {
      cp = b;
    } else if (b >= 0xC2 && b <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
      cp = (b & 0x1Fu) << 6 | (p[i + 1] & 0x3Fu);
      len = 2;
    } else if (b >= 0xE0 && b <= 0xEF && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 &&
               (p[i + 2] & 0xC0) == 0x80) {
      const uint32_t v = (b & 0x0Fu) << 12 | (p[i + 1] & 0x3Fu) << 6 | (p[i + 2] & 0x3Fu);
      if (v >= 0x800 && (v < 0xD800 || v > 0xDFFF)) {
        cp = v;
        len = 3;
      }
    } else if (b >= 0xF0 && b <= 0xF4 && i + 3 < n && (p[i + 1] & 0xC0) == 0x80 &&
               (p[i + 2] & 0xC0) == 0x80 && (p[i + 3] & 0xC0) == 0x80) {
      const uint32_t v = (b & 0x07u) << 18 | (p[i + 1] & 0x3Fu) << 12 |
                         (p[i + 2] & 0x3Fu) << 6 | (p[i + 3] & 0x3Fu);
      if (v >= 0x10000 && v <= 0x10FFFF) {
        cp = v;
        len = 4;
      }
    }
    out.push_back(cp);
    i += len;
  }
  return out;
}

class UrlPattern {
 public:
  explicit UrlPattern(std::vector<uint32_t> r) : r_(std::move(r)), n_(r_.size()) {}

  bool Match() const {
    Set s = Empty();
    s[0] = 1;
    s = Or(s, Scheme(s));
    s = Or(s, User(s));
    s = Core(s);
    s = Or(s, Lit(s, '.'));
    s = Or(s, Port(s));
    if (s[n_]) return true;
    // Path: one of / ? # then any non-space runes to the end.
    for (size_t p = 0; p < n_; ++p) {
      if (!s[p] || (r_[p] != '/' && r_[p] != '?' && r_[p] != '#')) continue;
      bool ok = true;
      for (size_t i = p + 1; i < n_ && ok; ++i) ok = !IsSpace(r_[i]);
      if (ok) return true;
    }
    return false;
  }

 private:
  static bool IsSpace(uint32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
  static bool IsDigit(uint32_t c) { return c >= '0' && c <= '9'; }
  static bool IsAlnum(uint32_t c) { return IsAsciiAlnum(c); }
  static bool IsWide(uint32_t c) { return c >= 0xA1 && c <= 0xFFFF; }
  // [a-zA-Z\x{00a1}-\x{ffff}0-9] and [a-zA-Z\x{00a1}-\x{ffff}]
  static bool IsLabelChar(uint32_t c) { return IsAlnum(c) || IsWide(c); }
  static bool IsTldChar(uint32_t c) { return (IsAlnum(c) && !IsDigit(c)) || IsWide(c); }
  static bool IsHexDigit(uint32_t c) { return c < 0x80 && IsHex(static_cast<char>(c)); }

  Set Empty() const { return Set(n_ + 1, 0); }
  static Set Or(Set a, const Set& b) {
    for (size_t i = 0; i < a.size(); ++i) a[i] |= b[i];
    return a;
  }
  bool At(size_t p, uint32_t c) const { return p < n_ && r_[p] == c; }
  bool Prefix(size_t p, std::string_view lit) const {
    if (p + lit.size() > n_) return false;
    for (size_t i = 0; i < lit.size(); ++i)
      if (r_[p + i] != static_cast<uint8_t>(lit[i])) return false;
    return true;
  }
  Set Lit(const Set& s, uint32_t c) const {
    Set o = Empty();
    for (size_t p = 0; p < n_; ++p)
      if (s[p] && r_[p] == c) o[p + 1] = 1;
    return o;
  }

  // ((ftp|tcp|udp|wss?|https?)://)
  Set Scheme(const Set& s) const {
    Set o = Empty();
    static constexpr std::string_view kSchemes[] = {"ftp://", "tcp://", "udp://", "ws://",
                                                    "wss://", "http://", "https://"};
    for (size_t p = 0; p <= n_; ++p) {
      if (!s[p]) continue;
      for (auto k : kSchemes)
        if (Prefix(p, k)) o[p + k.size()] = 1;
    }
    return o;
  }

  // (\S+(:\S*)?@): one or more non-space runes, the last being '@'.
  Set User(const Set& s) const {
    Set o = Empty();
    for (size_t p = 0; p < n_; ++p) {
      if (!s[p]) continue;
      for (size_t q = p; q < n_ && !IsSpace(r_[q]); ++q)
        if (q > p && r_[q] == '@') o[q + 1] = 1;
    }
    return o;
  }

  // (:\d{1,5})
  Set Port(const Set& s) const {
    Set o = Empty();
    for (size_t p = 0; p < n_; ++p) {
      if (!s[p] || r_[p] != ':') continue;
      for (size_t k = 1; k <= 5 && p + k < n_ && IsDigit(r_[p + k]); ++k) o[p + k + 1] = 1;
    }
    return o;
  }

  // IPv4 | \[IPv6\] | ([hostname-prefix])? labels (\.tld)?
  Set Core(const Set& s) const {
    Set o = Or(Ipv4(s), BracketedIpv6(s));
    Set prefix = s;
    for (size_t p = 0; p <= n_; ++p) {
      if (!s[p]) continue;
      HostPrefix(p, &prefix);
      Subdomain(p, &prefix);
    }
    Set labels = Empty();
    for (size_t p = 0; p <= n_; ++p)
      if (prefix[p]) Labels(p, &labels);
    o = Or(o, labels);
    for (size_t p = 0; p < n_; ++p) {
      if (!labels[p] || r_[p] != '.') continue;
      for (size_t i = p + 1; i < n_ && IsTldChar(r_[i]); ++i) o[i + 1] = 1;
    }
    return o;
  }

  // [a-zA-Z0-9]([a-zA-Z0-9-_]+)?[a-zA-Z0-9]([-.][a-zA-Z0-9]+)*
  void HostPrefix(size_t p, Set* out) const {
    if (p >= n_ || !IsAlnum(r_[p])) return;
    Set ends = Empty();
    for (size_t j = p + 1; j < n_ && (IsAlnum(r_[j]) || r_[j] == '-' || r_[j] == '_'); ++j)
      if (IsAlnum(r_[j])) ends[j + 1] = 1;
    // Then runs of alphanumerics, each introduced by one '-' or '.'.
    for (size_t e = p + 2; e < n_; ++e) {
      if (!ends[e] || (r_[e] != '-' && r_[e] != '.')) continue;
      for (size_t i = e + 1; i < n_ && IsAlnum(r_[i]); ++i) ends[i + 1] = 1;
    }
    *out = Or(std::move(*out), ends);
  }

  // (www\.)|([a-zA-Z0-9]([-.][-._a-zA-Z0-9]+)*)
  void Subdomain(size_t p, Set* out) const {
    if (Prefix(p, "www.")) (*out)[p + 4] = 1;
    if (p >= n_ || !IsAlnum(r_[p])) return;
    (*out)[p + 1] = 1;
    if (p + 1 >= n_ || (r_[p + 1] != '-' && r_[p + 1] != '.')) return;
    for (size_t i = p + 2;
         i < n_ && (IsAlnum(r_[i]) || r_[i] == '-' || r_[i] == '.' || r_[i] == '_'); ++i)
      (*out)[i + 1] = 1;
  }

  // ([L0-9]+-?-?)*[L0-9]+: label runs separated by one or two hyphens.
  void Labels(size_t p, Set* out) const {
    size_t i = p;
    while (i < n_) {
      if (IsLabelChar(r_[i])) {
        (*out)[++i] = 1;
        continue;
      }
      size_t h = i;
      while (h < n_ && r_[h] == '-') ++h;
      if (i == p || h - i > 2 || h >= n_ || !IsLabelChar(r_[h])) break;
      i = h;
    }
  }

  // The dotted quad of the pattern: first octet 1-223, middle two 0-255 (a
  // leading zero allowed), last 0-254.
  Set Ipv4(const Set& s) const {
    Set o = Empty();
    for (size_t p = 0; p < n_; ++p) {
      if (!s[p]) continue;
      Set a = Empty();
      OctetEnds(p, 1, &a);
      for (int f = 0; f < 2; ++f) {
        Set b = Empty();
        for (size_t q = 0; q < n_; ++q)
          if (a[q] && r_[q] == '.') OctetEnds(q + 1, 2, &b);
        a = b;
      }
      for (size_t q = 0; q < n_; ++q)
        if (a[q] && r_[q] == '.') OctetEnds(q + 1, 4, &o);
    }
    return o;
  }
  // kind 1: [1-9]\d?|1\d\d|2[01]\d|22[0-3]
  // kind 2: 1?\d{1,2}|2[0-4]\d|25[0-5]
  // kind 4: [0-9]\d?|1\d\d|2[0-4]\d|25[0-4]
  void OctetEnds(size_t p, int kind, Set* out) const {
    size_t d = 0;
    while (d < 3 && p + d < n_ && IsDigit(r_[p + d])) ++d;
    auto digit = [&](size_t i) { return static_cast<int>(r_[p + i] - '0'); };
    for (size_t len = 1; len <= d; ++len) {
      bool ok = false;
      const int v = len == 1 ? digit(0)
                  : len == 2 ? digit(0) * 10 + digit(1)
                             : digit(0) * 100 + digit(1) * 10 + digit(2);
      if (kind == 1) {
        ok = (len == 1 && v >= 1) || (len == 2 && digit(0) >= 1) ||
             (len == 3 && v >= 100 && v <= 223);
      } else if (kind == 2) {
        ok = len <= 2 || (len == 3 && (digit(0) == 1 || (v >= 200 && v <= 255)));
      } else {
        ok = len == 1 || len == 2 || (len == 3 && v >= 100 && v <= 254);
      }
      if (ok) (*out)[p + len] = 1;
    }
  }

  // \[IPv6\]. A host that reaches the pattern never holds '[' ... ':' (Go's
  // url parser rejects such a scheme-less string first), so an exact copy of
  // the pattern's IPv6 alternatives is not needed: any valid IPv6 text does.
  Set BracketedIpv6(const Set& s) const {
    Set o = Empty();
    for (size_t p = 0; p < n_; ++p) {
      if (!s[p] || r_[p] != '[') continue;
      // IPv6 text has no ']', so only the first one after '[' can close it.
      std::string text;
      size_t q = p + 1;
      for (; q < n_ && r_[q] != ']'; ++q) {
        if (!(IsHexDigit(r_[q]) || r_[q] == ':' || r_[q] == '.')) break;
        text.push_back(static_cast<char>(r_[q]));
      }
      in6_addr a;
      if (q < n_ && r_[q] == ']' && text.find(':') != std::string::npos &&
          inet_pton(AF_INET6, text.c_str(), &a) == 1)
        o[q + 1] = 1;
    }
    return o;
  }

  std::vector<uint32_t> r_;
  size_t n_;
};

bool ParseIpv4(std::string_view s) {
  int val = 0, digits = 0, dots = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') {
      if (digits == 1 && val == 0) return false;  // leading zero
      val = val * 10 + (c - '0');
      ++digits;
      if (val > 255) return false;
    } else if (c == '.') {
      if (i == 0 || i + 1 == s.size() || s[i - 1] == '.') return false;
      if (++dots > 3) return false;
      val = 0;
      digits = 0;
    } else {
      return false;
    }
  }
  return dots == 3;
}

// Byte classes of the common shape, by a table: every byte of the URL is
// looked up once.
enum : uint8_t { kSchemeByte = 1, kHostByte = 2, kPathByte = 4 };
constexpr std::array<uint8_t, 256> kCommonUrlBytes = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (alnum || c == '+' || c == '-' || c == '.') t[c] |= kSchemeByte;
    if (alnum || c == '.' || c == '-') t[c] |= kHostByte;
    if (c >= 0x21 && c <= 0x7e && c != '%' && c != '?' && c != '#') t[c] |= kPathByte;
  }
  return t;
}();

// The shape of nearly every URL in a certificate, parsed in one pass:
// scheme "://" host ["/" path], the host of ASCII letters, digits, '.' and
// '-', the path of printable ASCII (no space) without '%', '?' or '#'. The
// general parser gives such a URL the lower-cased scheme, the host and the
// path as they are, and nothing else (no userinfo, port, query, fragment or
// escape). False, with `*out` untouched, for any other input.
bool ParseCommonUrl(std::string_view raw, ParsedUri* out) {
  const auto* p = reinterpret_cast<const uint8_t*>(raw.data());
  const size_t n = raw.size();
  auto is = [&](size_t k, uint8_t cls) { return (kCommonUrlBytes[p[k]] & cls) != 0; };
  const bool alpha0 = n > 0 && ((p[0] | 0x20) >= 'a' && (p[0] | 0x20) <= 'z');
  if (!alpha0) return false;
  size_t i = 1;
  while (i < n && is(i, kSchemeByte)) ++i;
  if (n - i < 3 || p[i] != ':' || p[i + 1] != '/' || p[i + 2] != '/') return false;
  const size_t scheme_end = i, host_begin = i + 3;
  size_t host_end = host_begin;
  while (host_end < n && is(host_end, kHostByte)) ++host_end;
  if (host_end == host_begin || (host_end < n && p[host_end] != '/')) return false;
  for (size_t k = host_end; k < n; ++k)
    if (!is(k, kPathByte)) return false;
  out->scheme.assign(raw.substr(0, scheme_end));
  for (char& x : out->scheme)
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
  out->host.assign(raw.substr(host_begin, host_end - host_begin));
  out->path.assign(raw.substr(host_end));
  return true;
}

}  // namespace

bool ParseUri(std::string_view raw, ParsedUri* out) {
  // Cleared field by field: a caller parsing URL after URL into one
  // ParsedUri keeps the strings' buffers.
  out->scheme.clear();
  out->opaque.clear();
  out->has_user = false;
  out->host.clear();
  out->path.clear();
  out->raw_query.clear();
  out->fragment.clear();
  if (ParseCommonUrl(raw, out)) return true;
  const size_t hash = raw.find('#');
  const std::string_view before = raw.substr(0, hash);
  if (!ParseWithoutFragment(before, out)) return false;
  if (hash == std::string_view::npos || hash + 1 == raw.size()) return true;
  return Unescape(raw.substr(hash + 1), Part::kFragment, &out->fragment);
}

bool IsIpAddressText(std::string_view s) {
  if (s.empty()) return false;
  if (s.find(':') == std::string_view::npos) return ParseIpv4(s);
  if (s.find('%') != std::string_view::npos) return false;  // zones are not accepted
  const std::string text(s);
  if (text.find('\0') != std::string::npos) return false;
  in6_addr a;
  return inet_pton(AF_INET6, text.c_str(), &a) == 1;
}

bool LooksLikeUrl(std::string_view s) {
  if (s.size() <= 3 || s[0] == '.') return false;
  std::vector<uint32_t> runes = DecodeRunes(s);
  if (runes.size() >= 2083) return false;
  ParsedUri u;
  if (!ParseUri(s, &u)) return false;
  if (!u.host.empty() && u.host[0] == '.') return false;
  if (u.host.empty() && !u.path.empty() && u.path.find('.') == std::string::npos) return false;
  return UrlPattern(std::move(runes)).Match();
}

std::string_view HostOfAuthority(std::string_view auth) {
  const size_t at = auth.find('@');
  // Position just past the '@' (0 when there is none, or when '@' is last).
  size_t begin = (at == std::string_view::npos || at + 1 == auth.size()) ? 0 : at + 1;
  const size_t colon = auth.find(':');
  const size_t end = colon == std::string_view::npos ? auth.size() : colon;
  if (at != std::string_view::npos && at + 1 != auth.size() && end < at) return {};
  if (end < begin) return {};
  return auth.substr(begin, end - begin);
}

bool IsHttpOrLdapUri(std::string_view uri) {
  auto has_prefix = [&](std::string_view p) {
    if (uri.size() < p.size()) return false;
    for (size_t i = 0; i < p.size(); ++i) {
      char ch = uri[i];
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      if (ch != p[i]) return false;
    }
    return true;
  };
  return has_prefix("http://") || has_prefix("ldap://");
}

}  // namespace cair::lints::util::uri
