// File: lints/util/dns/ip.h
// IP addresses for the CA/B Forum BR lints on reserved addresses (BRs
// 7.1.4.2.1: no Reserved IP Address in subjectAltName or commonName; BRs
// 7.1.5: name-constraint ranges). zlint works with Go's net.IP, so:
//   - text is parsed like Go's net.ParseIP (netip rules: IPv4 dotted quad
//     without leading zeros, IPv6 without zone; an IPv4 address becomes its
//     IPv4-mapped 16-byte form);
//   - "reserved" is zlint's IsIANAReserved: not a global unicast address
//     (Go's IsGlobalUnicast), or inside one of the IANA special-purpose and
//     unallocated ranges listed in br_dns_ip.cc;
//   - an IPv4-mapped IPv6 address is treated as IPv4 (Go's To4).
#ifndef CAIR_LINTS_UTIL_DNS_IP_H_
#define CAIR_LINTS_UTIL_DNS_IP_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "der/input.h"

namespace cair::lints::util::dns {

// A net.IP: 4 or 16 bytes. Another length is kept as a length only: Go
// finds such an IP neither global unicast nor inside any network.
struct GoIp {
  uint8_t bytes[16] = {};
  size_t len = 0;
  static GoIp FromBytes(der::Input raw);
};

// Go's net.ParseIP; nullopt when Go returns nil.
std::optional<GoIp> GoParseIp(std::string_view text);

// Go's ip.To4() != nil: 4 bytes, or the IPv4-mapped form ::ffff:a.b.c.d.
bool GoIpIs4(const GoIp& ip);

// zlint's util.IsIANAReserved.
bool IsIanaReserved(const GoIp& ip);
// zlint's util.IntersectsIANAReserved for the net.IPNet {ip, mask}.
bool IntersectsIanaReserved(const GoIp& ip, const GoIp& mask);

}  // namespace cair::lints::util::dns

#endif  // CAIR_LINTS_UTIL_DNS_IP_H_
