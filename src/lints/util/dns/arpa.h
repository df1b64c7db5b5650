// File: lints/util/dns/arpa.h
// Reverse-DNS names (RFC 1035 3.5 "in-addr.arpa", RFC 3596 2.5 "ip6.arpa")
// for the CA/B Forum BR lints on subject names that encode an IP address
// (BRs 7.1.4.2.1, 3.2.2.6). Following zlint: the name is lower-cased, the
// zone suffix removed, the rest split at '.', and exactly 4 (IPv4) or 32
// (IPv6, one nibble a label) labels are reversed into address text that Go's
// net.ParseIP must accept.
#ifndef CAIR_LINTS_UTIL_DNS_ARPA_H_
#define CAIR_LINTS_UTIL_DNS_ARPA_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "lints/util/dns/ip.h"
#include "x509/certificate.h"

namespace cair::lints::util::dns {

inline constexpr std::string_view kRdnsV4Suffix = ".in-addr.arpa";
inline constexpr std::string_view kRdnsV6Suffix = ".ip6.arpa";

enum class ReverseZone { kNone, kV4, kV6 };
// The reverse zone that the (lower-cased) name ends in.
ReverseZone ReverseZoneOf(std::string_view lower_name);
// ReverseZoneOf(GoLower(name)) != kNone, without a lower-cased copy of an
// ASCII name.
bool InReverseZone(std::string_view name);

struct ReversedName {
  size_t labels = 0;            // labels left of the zone suffix
  size_t wanted = 0;            // 4 or 32
  std::optional<GoIp> ip;       // the address, when labels == wanted and it parses
};
ReversedName ParseReversedName(std::string_view lower_name, ReverseZone zone);

// zlint's applicability test of both arpa lints: the subject CN or a SAN
// dNSName, lower-cased, ends in one of the two reverse zones.
bool HasReverseDnsName(const x509::Certificate& c);

}  // namespace cair::lints::util::dns

#endif  // CAIR_LINTS_UTIL_DNS_ARPA_H_
