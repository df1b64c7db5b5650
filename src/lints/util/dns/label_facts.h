// File: lints/util/dns/label_facts.h
// The label flaws of the DNS names a certificate's lints read (the subject
// CN as zcrypto reads it, and every subjectAltName dNSName), found in one
// pass over each name once per certificate: the BR and RFC 5280 lints on
// empty and over-long labels (BRs 7.1.4.2, RFC 5280 4.2.1.6, RFC 1035
// 2.3.4) ask the same questions about the same names.
#ifndef CAIR_LINTS_UTIL_DNS_LABEL_FACTS_H_
#define CAIR_LINTS_UTIL_DNS_LABEL_FACTS_H_

#include <cstdint>
#include <string_view>

#include "x509/certificate.h"

namespace cair::lints::util::dns {

// Flaws of one name, as bits.
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

}  // namespace cair::lints::util::dns

#endif  // CAIR_LINTS_UTIL_DNS_LABEL_FACTS_H_
