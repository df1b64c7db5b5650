#include "lints/util/dns/label_facts.h"

#include <array>

#include "lints/util/dns/domains.h"
#include "lints/util/dns/names.h"
#include "x509/oids.h"

namespace cair::lints::util::dns {
namespace {

// The facts each octet other than '.' brings (a table: one load per octet).
constexpr auto kOctetFacts = [] {
  std::array<uint16_t, 256> t{};
  for (int b = 0; b < 256; ++b) {
    const bool ldh = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-';
    uint16_t f = 0;
    if (b == '*') f |= kFactStar;
    if (b == '_') f |= kFactUnderscore;
    if (b == 0) f |= kFactNul;
    if (b >= 0x80) f |= kFactNonAscii;
    if (b >= 'A' && b <= 'Z') f |= kFactUpper;
    if (!ldh && b != '*' && b != '_' && b != '.') f |= kFactOther;
    t[b] = f;
  }
  return t;
}();

// The facts of the label name[start, end).
inline uint16_t LabelFactsAt(std::string_view name, size_t start, size_t end) {
  const size_t len = end - start;
  if (len == 0) return kFactEmptyLabel;
  uint16_t f = len > 63 ? kFactLabelOver63 : 0;
  // HasXnPrefix: 'x' / 'X', 'n' / 'N' (only those become 'x' / 'n' with
  // bit 5 set), then "--".
  if (len >= 4 && (name[start] | 0x20) == 'x' && (name[start + 1] | 0x20) == 'n' && name[start + 2] == '-' &&
      name[start + 3] == '-')
    f |= kFactXnLabel;
  return f;
}

}  // namespace

uint16_t NameFacts(std::string_view name) {
  uint16_t f = 0;
  size_t label_start = 0;
  for (size_t i = 0; i < name.size(); ++i) {
    const auto b = static_cast<unsigned char>(name[i]);
    if (b == '.') {
      f |= kFactDot | LabelFactsAt(name, label_start, i);
      label_start = i + 1;
    } else {
      f |= kOctetFacts[b];
    }
  }
  f |= LabelFactsAt(name, label_start, name.size());
  if ((f & kFactStar) != 0 && (name[0] != '*' || name.find('*', 1) != std::string_view::npos))
    f |= kFactStarNotFirst;
  return f;
}

namespace {
uint8_t FlawsOf(uint16_t facts) { return static_cast<uint8_t>(facts >> 8) & (kEmptyLabel | kLabelOver63); }
}  // namespace

uint8_t LabelFlaws(std::string_view name) { return FlawsOf(NameFacts(name)); }

namespace {
SanDnsNames ComputeSanDnsNames(const x509::Certificate& c) {
  SanDnsNames out;
  AltNameView san(c, oid::kSubjectAltName);
  out.names.reserve(san.names().names.size());
  for (const auto& g : san.names().names) {
    if (g.tag.number != kTagDnsName) continue;
    const std::string_view d = g.value.AsStringView();
    const uint16_t f = NameFacts(d);
    out.names.push_back({d, f});
    out.any |= f;
  }
  return out;
}

LabelFacts ComputeLabelFacts(const x509::Certificate& c) {
  LabelFacts out;
  out.cn = FlawsOf(CommonNameOf(c).facts);
  out.san = FlawsOf(SanDnsNamesOf(c).any);
  return out;
}
}  // namespace

const SanDnsNames& SanDnsNamesOf(const x509::Certificate& c) { return c.Derived(&ComputeSanDnsNames); }

const LabelFacts& LabelFactsOf(const x509::Certificate& c) { return c.Derived(&ComputeLabelFacts); }

}  // namespace cair::lints::util::dns
