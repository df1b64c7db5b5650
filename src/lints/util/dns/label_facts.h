// File: lints/util/dns/label_facts.h
// The facts about the DNS names a certificate's lints read (the subject CN
// as zcrypto reads it, and every subjectAltName dNSName), found in one pass
// over each name once per certificate: the BR and RFC 5280 lints on empty
// and over-long labels (BRs 7.1.4.2, RFC 5280 4.2.1.6, RFC 1035 2.3.4), on
// wildcards (BRs 1.6.1), underscores (BRs 7.1.4.2.1), NULs and "xn--" labels
// (RFC 5280 7.2) ask the same questions about the same names. A lint whose
// rule can only fail on a name with some fact passes every name without
// that fact without reading it.
#ifndef CAIR_LINTS_UTIL_DNS_LABEL_FACTS_H_
#define CAIR_LINTS_UTIL_DNS_LABEL_FACTS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "x509/certificate.h"

namespace cair::lints::util::dns {

// Label flaws of one name, as bits.
inline constexpr uint8_t kEmptyLabel = 1;   // HasEmptyLabel
inline constexpr uint8_t kLabelOver63 = 2;  // HasLabelLongerThan(name, 63)

// The flaws of `name`: its labels split as ForEachLabel does (names.h).
uint8_t LabelFlaws(std::string_view name);

struct LabelFacts {
  uint8_t cn = 0;   // LabelFlaws(CommonNameOf(c).cn), whatever the CN holds
  uint8_t san = 0;  // the flaws of the SAN dNSNames, or-ed together
};
// Computed once per certificate.
const LabelFacts& LabelFactsOf(const x509::Certificate& c);

// The facts of one name (NameFacts), as bits: some octet is ...
inline constexpr uint16_t kFactStar = 1 << 0;        // '*'
inline constexpr uint16_t kFactUnderscore = 1 << 1;  // '_'
inline constexpr uint16_t kFactNul = 1 << 2;         // NUL
inline constexpr uint16_t kFactNonAscii = 1 << 3;    // 0x80 or above
inline constexpr uint16_t kFactUpper = 1 << 4;       // 'A'..'Z' (what AsciiLower changes)
// ... none of [A-Za-z0-9*_.-] (NUL and non-ASCII octets included).
inline constexpr uint16_t kFactOther = 1 << 5;
// Some label (split as ForEachLabel does) starts with "xn--" in any letter
// case (HasXnPrefix), is empty, is longer than 63 octets.
inline constexpr uint16_t kFactXnLabel = 1 << 6;
inline constexpr uint16_t kFactEmptyLabel = uint16_t{kEmptyLabel} << 8;
inline constexpr uint16_t kFactLabelOver63 = uint16_t{kLabelOver63} << 8;
// Some octet is '.' (the name has more than one label); some '*' is not
// the first octet.
inline constexpr uint16_t kFactDot = 1 << 10;
inline constexpr uint16_t kFactStarNotFirst = 1 << 11;

uint16_t NameFacts(std::string_view name);

// The subjectAltName dNSNames as AltNameView(c, oid::kSubjectAltName)
// reads them, in order, each with its NameFacts; they refer to the
// certificate's bytes. Computed once per certificate.
struct SanDnsName {
  std::string_view name;
  uint16_t facts;
};
struct SanDnsNames {
  std::vector<SanDnsName> names;
  uint16_t any = 0;  // the facts of every name, or-ed together
  bool any_has(uint16_t facts) const { return (any & facts) != 0; }
};
const SanDnsNames& SanDnsNamesOf(const x509::Certificate& c);

}  // namespace cair::lints::util::dns

#endif  // CAIR_LINTS_UTIL_DNS_LABEL_FACTS_H_
