#include "lints/util/dns/domains.h"

#include <unicode/uchar.h>

#include <array>
#include <cstdint>
#include <iterator>
#include <memory>
#include <vector>

#include "der/values.h"
#include "lints/util/cert/class.h"
#include "lints/util/dns/idna.h"
#include "lints/util/dns/ip.h"
#include "lints/util/dns/label_facts.h"
#include "lints/util/dns/names.h"
#include "lints/util/memo.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints::util::dns {
namespace {

CommonName ComputeBrCn(const x509::Certificate& c) {
  CommonName out;
  out.cn = ZcryptoCommonName(c.subject);
  out.is_ip = GoParseIp(out.cn).has_value();
  out.facts = NameFacts(out.cn);
  return out;
}

// The CN split, referring to CommonNameOf's string (a derived value that
// stays put) or, when the CN holds upper-case letters, to its own
// lower-cased copy (a block that a move of this struct does not move).
struct CnDomain {
  std::unique_ptr<char[]> lowered;
  ParsedDomain domain;
};
CnDomain ComputeBrCnDomain(const x509::Certificate& c) {
  CnDomain out;
  std::string_view cn = CommonNameOf(c).cn;
  const bool upper = (CommonNameOf(c).facts & kFactUpper) != 0;
  // The CN usually repeats a SAN dNSName, already split (a split depends on
  // the lower-cased name only).
  if (!upper) {
    for (const ParsedDomain& d : SanDomains(c)) {
      if (d.name == cn) {
        out.domain = d;
        out.domain.name = cn;
        return out;
      }
    }
  }
  if (upper) {
    out.lowered = std::make_unique<char[]>(cn.size());
    cn = AsciiLowerTo(cn, out.lowered.get());
  }
  out.domain = SplitLowerDomain(cn);
  return out;
}

// Decodes one rune of UTF-8 at s[i] as Go's utf8.DecodeRuneInString does:
// an invalid or truncated sequence is U+FFFD of width 1.
uint32_t DecodeRune(std::string_view s, size_t i, size_t* width) {
  const auto b = [&](size_t k) { return static_cast<uint8_t>(s[k]); };
  const uint8_t c0 = b(i);
  *width = 1;
  if (c0 < 0x80) return c0;
  size_t n = 0;
  uint32_t cp = 0, min = 0;
  if (c0 >= 0xc2 && c0 <= 0xdf) {
    n = 2, cp = c0 & 0x1f, min = 0x80;
  } else if (c0 >= 0xe0 && c0 <= 0xef) {
    n = 3, cp = c0 & 0x0f, min = 0x800;
  } else if (c0 >= 0xf0 && c0 <= 0xf4) {
    n = 4, cp = c0 & 0x07, min = 0x10000;
  } else {
    return 0xfffd;
  }
  if (i + n > s.size()) return 0xfffd;
  for (size_t k = 1; k < n; ++k) {
    if ((b(i + k) & 0xc0) != 0x80) return 0xfffd;
    cp = (cp << 6) | (b(i + k) & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0xfffd;
  *width = n;
  return cp;
}

// Go's strconv.IsPrint: letters, marks, numbers, punctuation, symbols and
// the ASCII space.
bool GoIsPrint(uint32_t r) {
  if (r < 0x80) return r >= 0x20 && r < 0x7f;
  switch (u_charType(static_cast<UChar32>(r))) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER: case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK: case U_COMBINING_SPACING_MARK: case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER: case U_OTHER_NUMBER: case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION: case U_END_PUNCTUATION: case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION: case U_INITIAL_PUNCTUATION: case U_FINAL_PUNCTUATION:
    case U_MATH_SYMBOL: case U_CURRENCY_SYMBOL: case U_MODIFIER_SYMBOL: case U_OTHER_SYMBOL:
      return true;
    default:
      return false;
  }
}

void AppendHex(uint32_t v, int digits, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  for (int i = digits - 1; i >= 0; --i) out->push_back(kHex[(v >> (4 * i)) & 0xf]);
}

// Tor's base32 alphabet ("abcdefghijklmnopqrstuvwxyz234567") with '='
// padding, decoded as Go's encoding/base32 DecodeString does; true when it
// decodes without error. `*last` receives the last decoded byte, if any.
bool OnionBase32Decode(std::string_view in, uint8_t* last, bool* has_last) {
  std::string src;
  src.reserve(in.size());
  for (char c : in)
    if (c != '\r' && c != '\n') src.push_back(c);
  const auto value = [](char c) -> int {
    if (c >= 'a' && c <= 'z') return c - 'a';
    if (c >= '2' && c <= '7') return c - '2' + 26;
    return -1;
  };
  *has_last = false;
  size_t pos = 0;
  bool end = false;
  while (pos < src.size() && !end) {
    uint8_t dbuf[8] = {};
    size_t dlen = 8;
    for (size_t j = 0; j < 8;) {
      if (pos == src.size()) return false;  // missing padding
      const char in_c = src[pos++];
      const size_t remaining = src.size() - pos;
      if (in_c == '=' && j >= 2 && remaining < 8) {
        if (remaining + j < 8 - 1) return false;  // not enough padding
        for (size_t k = 0; k < 8 - 1 - j; ++k)
          if (remaining > k && src[pos + k] != '=') return false;  // incorrect padding
        dlen = j;
        end = true;
        if (dlen == 1 || dlen == 3 || dlen == 6) return false;
        break;
      }
      const int v = value(in_c);
      if (v < 0) return false;
      dbuf[j++] = static_cast<uint8_t>(v);
    }
    // Bytes produced by this quantum (5 per 8 symbols).
    uint8_t out[5] = {};
    out[0] = static_cast<uint8_t>(dbuf[0] << 3 | dbuf[1] >> 2);
    out[1] = static_cast<uint8_t>(dbuf[1] << 6 | dbuf[2] << 1 | dbuf[3] >> 4);
    out[2] = static_cast<uint8_t>(dbuf[3] << 4 | dbuf[4] >> 1);
    out[3] = static_cast<uint8_t>(dbuf[4] << 7 | dbuf[5] << 2 | dbuf[6] >> 3);
    out[4] = static_cast<uint8_t>(dbuf[6] << 5 | dbuf[7]);
    size_t produced = 0;
    switch (dlen) {
      case 8: produced = 5; break;
      case 7: produced = 4; break;
      case 5: produced = 3; break;
      case 4: produced = 2; break;
      case 2: produced = 1; break;
      default: produced = 0; break;
    }
    if (produced > 0) {
      *last = out[produced - 1];
      *has_last = true;
    }
  }
  return true;
}

constexpr std::string_view kEvOids[] = {
    "2.23.140.1.1", "1.3.159.1.17.1", "1.3.6.1.4.1.34697.2.1", "1.3.6.1.4.1.34697.2.2",
    "1.3.6.1.4.1.34697.2.3", "1.3.6.1.4.1.34697.2.4", "1.2.40.0.17.1.22", "2.16.578.1.26.1.3.3",
    "1.3.6.1.4.1.17326.10.14.2.1.2", "1.3.6.1.4.1.17326.10.8.2.1.2", "1.3.6.1.4.1.6449.1.2.1.5.1",
    "2.16.840.1.114412.2.1", "2.16.840.1.114412.1.3.0.2", "2.16.528.1.1001.1.1.1.12.6.1.1.1",
    "2.16.792.3.0.4.1.1.4", "2.16.840.1.114028.10.1.2", "0.4.0.2042.1.4", "0.4.0.2042.1.5",
    "1.3.6.1.4.1.13177.10.1.3.10", "1.3.6.1.4.1.14370.1.6", "1.3.6.1.4.1.4146.1.1",
    "2.16.840.1.114413.1.7.23.3", "1.3.6.1.4.1.14777.6.1.1", "2.16.792.1.2.1.1.5.7.1.9",
    "1.3.6.1.4.1.782.1.2.1.8.1", "1.3.6.1.4.1.22234.2.5.2.3.1", "1.3.6.1.4.1.8024.0.2.100.1.2",
    "1.2.392.200091.100.721.1", "2.16.840.1.114414.1.7.23.3", "1.3.6.1.4.1.23223.2",
    "1.3.6.1.4.1.23223.1.1.1", "2.16.756.1.83.21.0", "2.16.756.1.89.1.2.1.1",
    "1.3.6.1.4.1.7879.13.24.1", "2.16.840.1.113733.1.7.48.1", "2.16.840.1.114404.1.1.2.4.1",
    "2.16.840.1.113733.1.7.23.6", "1.3.6.1.4.1.6334.1.100.1", "2.16.840.1.114171.500.9",
    "1.3.6.1.4.1.36305.2",
};

bool HasSuffix(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

const CommonName& CommonNameOf(const x509::Certificate& c) { return c.Derived(&ComputeBrCn); }

const ParsedDomain& CommonNameDomain(const x509::Certificate& c) {
  return c.Derived(&ComputeBrCnDomain).domain;
}

namespace {
bool ComputeSubscriberWithDnsNames(const x509::Certificate& c) {
  if (!cert::IsSubscriberCert(c)) return false;
  return !CommonNameOf(c).cn.empty() || !SanDnsNamesOf(c).names.empty();
}
}  // namespace

// The applicability test of ~30 lints: decided once per certificate.
bool SubscriberWithDnsNames(const x509::Certificate& c) { return c.Derived(&ComputeSubscriberWithDnsNames); }

std::string GoLower(std::string_view s) {
  for (char ch : s)
    if (static_cast<unsigned char>(ch) >= 0x80) return UnicodeLower(s);
  std::string out(s);
  for (char& ch : out)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return out;
}

bool HasReservedLabelPrefix(std::string_view label) {
  size_t i = 0;
  for (int r = 0; r < 2; ++r) {
    if (i >= label.size()) return false;
    size_t w;
    if (DecodeRune(label, i, &w) == '\n') return false;
    i += w;
  }
  return label.substr(i, 2) == "--";
}

bool IsLdhLabel(std::string_view label) {
  if (label.empty() || label.size() > 63) return false;
  for (char ch : label) {
    const bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                    (ch >= '0' && ch <= '9') || ch == '-';
    if (!ok) return false;
  }
  if (label.front() == '-' || label.back() == '-') return false;
  return !HasReservedLabelPrefix(label) || HasXnPrefix(label);
}

std::string GoQuote(std::string_view s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    size_t w;
    const uint32_t r = DecodeRune(s, i, &w);
    if (r == 0xfffd && w == 1) {
      out += "\\x";
      AppendHex(static_cast<uint8_t>(s[i]), 2, &out);
      i += w;
      continue;
    }
    if (r == '"' || r == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(r));
    } else if (GoIsPrint(r)) {
      out.append(s.substr(i, w));
    } else {
      switch (r) {
        case '\a': out += "\\a"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\v': out += "\\v"; break;
        default:
          if (r < ' ' || r == 0x7f) {
            out += "\\x";
            AppendHex(r, 2, &out);
          } else if (r < 0x10000) {
            out += "\\u";
            AppendHex(r, 4, &out);
          } else {
            out += "\\U";
            AppendHex(r, 8, &out);
          }
      }
    }
    i += w;
  }
  out.push_back('"');
  return out;
}

std::string_view GoUrlHostname(std::string_view host) {
  const size_t colon = host.rfind(':');
  if (colon != std::string_view::npos) {
    bool digits = true;
    for (char ch : host.substr(colon + 1)) digits = digits && ch >= '0' && ch <= '9';
    if (digits) host = host.substr(0, colon);
  }
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
    host = host.substr(1, host.size() - 2);
  return host;
}

namespace {
// The DER contents of a dotted OID (arcs below 2^64, first arc 0-2).
std::string DottedToDer(std::string_view dotted) {
  std::vector<uint64_t> arcs;
  uint64_t v = 0;
  for (char ch : dotted) {
    if (ch == '.') {
      arcs.push_back(v);
      v = 0;
    } else {
      v = v * 10 + static_cast<uint64_t>(ch - '0');
    }
  }
  arcs.push_back(v);
  std::string out;
  for (size_t i = 1; i < arcs.size(); ++i) {
    const uint64_t arc = i == 1 ? arcs[0] * 40 + arcs[1] : arcs[i];
    char buf[10];
    size_t n = 0;
    uint64_t rest = arc;
    do {
      buf[n++] = static_cast<char>(rest & 0x7f);
      rest >>= 7;
    } while (rest != 0);
    while (n-- > 0) out.push_back(static_cast<char>(buf[n] | (n > 0 ? 0x80 : 0)));
  }
  return out;
}

// The EV OIDs as DER contents. A valid OID encoding is canonical and
// der::OidToString is one-to-one on those, so comparing bytes decides as
// comparing the dotted strings did, without formatting every policy OID.
// Checked at start: should an OID not round-trip, the strings are compared.
// A policy OID is looked up by its length (a bit per length present) and
// a probe of a small open-addressed table, not compared with each of them.
struct EvOidBytes {
  std::vector<std::string> der;
  bool exact = true;
  uint64_t lengths = 0;  // bit n: some EV OID has n content octets (n < 64)
  static constexpr size_t kSlots = 128;  // a power of two, under half full
  std::array<int16_t, kSlots> slot;      // an index into `der`, -1: empty
  EvOidBytes() {
    slot.fill(-1);
    static_assert(std::size(kEvOids) * 2 <= kSlots);
    for (std::string_view known : kEvOids) {
      der.push_back(DottedToDer(known));
      const std::string& d = der.back();
      const der::Input in(reinterpret_cast<const uint8_t*>(d.data()), d.size());
      exact = exact && der::IsValidOid(in) && der::OidToString(in) == known && d.size() < 64;
      if (d.size() < 64) lengths |= uint64_t{1} << d.size();
      size_t at = util::MemoHash(d) & (kSlots - 1);
      while (slot[at] >= 0) at = (at + 1) & (kSlots - 1);
      slot[at] = static_cast<int16_t>(der.size() - 1);
    }
  }
  bool Contains(std::string_view bytes) const {
    if (bytes.size() >= 64 || ((lengths >> bytes.size()) & 1) == 0) return false;
    for (size_t at = util::MemoHash(bytes) & (kSlots - 1);; at = (at + 1) & (kSlots - 1)) {
      if (slot[at] < 0) return false;
      if (der[static_cast<size_t>(slot[at])] == bytes) return true;
    }
  }
};

bool ComputeIsEv(const x509::Certificate& c) {
  static const EvOidBytes kEv;
  bool ev = false;
  zcrypto::ForEachPolicyOid(c, [&](der::Input oid) {
    if (ev) return;
    if (!kEv.exact) {
      const std::string dotted = der::OidToString(oid);
      for (std::string_view known : kEvOids) ev = ev || dotted == known;
      return;
    }
    ev = kEv.Contains(oid.AsStringView()) && der::IsValidOid(oid);
  });
  return ev;
}
}  // namespace

// Asked by 16 lints per certificate: decided once (see Certificate::Derived).
bool IsEvCert(const x509::Certificate& c) { return c.Derived(&ComputeIsEv); }

namespace {
bool ComputeSubjInOnionTld(const x509::Certificate& c) {
  for (const SanDnsName& d : SanDnsNamesOf(c).names)
    if (HasSuffix(d.name, ".onion")) return true;
  return HasSuffix(CommonNameOf(c).cn, ".onion");
}
}  // namespace

// Asked by four lints' CheckApplies: decided once per certificate.
bool CertSubjInOnionTld(const x509::Certificate& c) { return c.Derived(&ComputeSubjInOnionTld); }

bool IsOnionV2Address(std::string_view name) {
  if (!HasSuffix(name, "onion")) return false;
  if (name.find('.') == std::string_view::npos) return false;  // fewer than two labels
  const std::string_view first = name.substr(0, name.find('.'));
  if (first.size() != 16) return false;
  uint8_t last;
  bool has_last;
  return OnionBase32Decode(first, &last, &has_last);
}

bool IsOnionV2Cert(const x509::Certificate& c) {
  AltNameView san(c, oid::kSubjectAltName);
  const bool in_san = !san.ForEach(kTagDnsName, [](std::string_view d) {
    return !IsOnionV2Address(d);
  });
  return in_san || IsOnionV2Address(CommonNameOf(c).cn);
}

}  // namespace cair::lints::util::dns
