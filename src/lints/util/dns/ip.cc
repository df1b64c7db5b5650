#include "lints/util/dns/ip.h"

#include <arpa/inet.h>

#include <array>
#include <cstring>
#include <string>
#include <vector>

namespace cair::lints::util::dns {
namespace {

// Go's IP.To4: the 4-byte form of an IPv4 or IPv4-mapped address.
bool To4(const GoIp& ip, uint8_t out[4]) {
  if (ip.len == 4) {
    std::memcpy(out, ip.bytes, 4);
    return true;
  }
  if (ip.len != 16) return false;
  for (int i = 0; i < 10; ++i)
    if (ip.bytes[i] != 0) return false;
  if (ip.bytes[10] != 0xff || ip.bytes[11] != 0xff) return false;
  std::memcpy(out, ip.bytes + 12, 4);
  return true;
}

bool IsV6Exactly(const GoIp& ip, const uint8_t (&want)[16]) {
  return ip.len == 16 && std::memcmp(ip.bytes, want, 16) == 0;
}

// Go's IP.IsGlobalUnicast.
bool IsGlobalUnicast(const GoIp& ip) {
  if (ip.len != 4 && ip.len != 16) return false;
  uint8_t v4[4];
  if (To4(ip, v4)) {
    if (v4[0] == 255 && v4[1] == 255 && v4[2] == 255 && v4[3] == 255) return false;  // broadcast
    if (v4[0] == 0 && v4[1] == 0 && v4[2] == 0 && v4[3] == 0) return false;          // unspecified
    if (v4[0] == 127) return false;                                                   // loopback
    if ((v4[0] & 0xf0) == 0xe0) return false;                                         // multicast
    if (v4[0] == 169 && v4[1] == 254) return false;                                   // link-local
    return true;
  }
  static constexpr uint8_t kUnspecified[16] = {};
  static constexpr uint8_t kLoopback[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
  if (IsV6Exactly(ip, kUnspecified) || IsV6Exactly(ip, kLoopback)) return false;
  if (ip.bytes[0] == 0xff) return false;                                    // multicast
  if (ip.bytes[0] == 0xfe && (ip.bytes[1] & 0xc0) == 0x80) return false;   // link-local
  return true;
}

struct Net {
  GoIp ip, mask;
};

// Go's net.ParseCIDR for the constant table (IPv4 networks are 4 bytes).
Net ParseCidr(std::string_view cidr) {
  const size_t slash = cidr.find('/');
  const std::string addr(cidr.substr(0, slash));
  const int bits = std::stoi(std::string(cidr.substr(slash + 1)));
  Net n;
  if (addr.find(':') == std::string::npos) {
    n.ip.len = n.mask.len = 4;
    inet_pton(AF_INET, addr.c_str(), n.ip.bytes);
  } else {
    n.ip.len = n.mask.len = 16;
    inet_pton(AF_INET6, addr.c_str(), n.ip.bytes);
  }
  for (int i = 0; i < bits; ++i) n.mask.bytes[i / 8] |= static_cast<uint8_t>(0x80 >> (i % 8));
  for (size_t i = 0; i < n.ip.len; ++i) n.ip.bytes[i] &= n.mask.bytes[i];
  return n;
}

// The networks of zlint's util/ip.go (IANA IPv4/IPv6 special-purpose address
// registries and unallocated space).
const std::vector<Net>& ReservedNetworks() {
  static const std::vector<Net> nets = [] {
    static constexpr const char* kCidrs[] = {
        // private use, shared address space, benchmarking, documentation
        "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "198.18.0.0/15",
        "2001:2::/48", "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32",
        // reserved / unallocated
        "240.0.0.0/4", "0400::/6", "0800::/5", "1000::/4", "4000::/3", "6000::/3", "8000::/3",
        "a000::/3", "c000::/3", "e000::/4", "f000::/5", "f800::/6", "fe00::/9",
        // protocol assignments, AS112, AMT, ORCHIDv2
        "192.0.0.0/24", "2001::/23", "192.31.196.0/24", "192.175.48.0/24", "2001:4:112::/48",
        "2620:4f:8000::/48", "192.52.193.0/24", "2001:3::/32", "2001:20::/28",
        // "this host", translation prefixes, anycast and discovery addresses
        "0.0.0.0/8", "2002::/16", "64:ff9b::/96", "64:ff9b:1::/48", "192.0.0.8/32",
        "192.0.0.9/32", "2001:1::1/128", "192.0.0.10/32", "2001:1::2/128", "192.0.0.170/32",
        "192.0.0.171/32", "255.255.255.255/32",
        // discard-only, Teredo, unique local, link-local
        "100::/64", "2001::/32", "fc00::/7", "fe80::/10", "169.254.0.0/16",
        // IANA reserved for future use, multicast
        "255.0.0.0/8", "254.0.0.0/8", "253.0.0.0/8", "252.0.0.0/8", "251.0.0.0/8", "250.0.0.0/8",
        "249.0.0.0/8", "248.0.0.0/8", "247.0.0.0/8", "246.0.0.0/8", "245.0.0.0/8", "244.0.0.0/8",
        "243.0.0.0/8", "242.0.0.0/8", "241.0.0.0/8", "240.0.0.0/8", "239.0.0.0/8", "238.0.0.0/8",
        "237.0.0.0/8", "236.0.0.0/8", "235.0.0.0/8", "234.0.0.0/8", "233.0.0.0/8", "232.0.0.0/8",
        "231.0.0.0/8", "230.0.0.0/8", "229.0.0.0/8", "228.0.0.0/8", "227.0.0.0/8", "226.0.0.0/8",
        "225.0.0.0/8", "224.0.0.0/8", "ff00::/8",
    };
    std::vector<Net> out;
    for (const char* c : kCidrs) out.push_back(ParseCidr(c));
    return out;
  }();
  return nets;
}

// Go's networkNumberAndMask: false where Go returns nil.
bool NetworkNumberAndMask(const GoIp& ip_in, const GoIp& mask_in, GoIp* ip, GoIp* mask) {
  uint8_t v4[4];
  if (To4(ip_in, v4)) {
    ip->len = 4;
    std::memcpy(ip->bytes, v4, 4);
  } else {
    if (ip_in.len != 16) return false;
    *ip = ip_in;
  }
  if (mask_in.len == 4) {
    if (ip->len != 4) return false;
    *mask = mask_in;
  } else if (mask_in.len == 16) {
    if (ip->len == 4) {
      mask->len = 4;
      std::memcpy(mask->bytes, mask_in.bytes + 12, 4);
    } else {
      *mask = mask_in;
    }
  } else {
    return false;
  }
  return true;
}

// Go's IPNet.Contains.
bool Contains(const GoIp& net_ip, const GoIp& net_mask, const GoIp& ip_in) {
  GoIp nn, m;
  if (!NetworkNumberAndMask(net_ip, net_mask, &nn, &m)) return false;
  GoIp ip = ip_in;
  uint8_t v4[4];
  if (To4(ip_in, v4)) {
    ip.len = 4;
    std::memcpy(ip.bytes, v4, 4);
  }
  if (ip.len != nn.len) return false;
  for (size_t i = 0; i < ip.len; ++i)
    if ((nn.bytes[i] & m.bytes[i]) != (ip.bytes[i] & m.bytes[i])) return false;
  return true;
}

// netip's IPv4 text form: four decimal fields 0-255 without leading zeros.
bool ParseV4(std::string_view s, uint8_t out[4]) {
  int field = 0, val = 0, digits = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == '.') {
      if (digits == 0 || field > 3) return false;
      out[field++] = static_cast<uint8_t>(val);
      val = digits = 0;
      continue;
    }
    const char c = s[i];
    if (c < '0' || c > '9') return false;
    if (digits == 1 && val == 0) return false;  // leading zero
    val = val * 10 + (c - '0');
    if (val > 255) return false;
    ++digits;
  }
  return field == 4;
}

}  // namespace

GoIp GoIp::FromBytes(der::Input raw) {
  GoIp ip;
  // A length other than 4 or 16 is kept as it is: such an IP is neither
  // global unicast nor inside any network, as in Go.
  ip.len = raw.size();
  if (!raw.empty()) std::memcpy(ip.bytes, raw.data(), raw.size() > 16 ? 16 : raw.size());
  return ip;
}

std::optional<GoIp> GoParseIp(std::string_view s) {
  // netip.ParseAddr decides the family by the first '.' or ':'.
  for (char c : s) {
    if (c == '.') {
      uint8_t v4[4];
      if (!ParseV4(s, v4)) return std::nullopt;
      GoIp ip;
      ip.len = 16;
      ip.bytes[10] = ip.bytes[11] = 0xff;
      std::memcpy(ip.bytes + 12, v4, 4);
      return ip;
    }
    if (c == ':') {
      if (s.find('%') != std::string_view::npos) return std::nullopt;  // zones: not an IP for Go
      const std::string text(s);
      if (text.find('\0') != std::string::npos) return std::nullopt;
      GoIp ip;
      ip.len = 16;
      if (inet_pton(AF_INET6, text.c_str(), ip.bytes) != 1) return std::nullopt;
      return ip;
    }
    if (c == '%') return std::nullopt;
  }
  return std::nullopt;
}

bool GoIpIs4(const GoIp& ip) {
  uint8_t v4[4];
  return To4(ip, v4);
}

bool IsIanaReserved(const GoIp& ip) {
  if (!IsGlobalUnicast(ip)) return true;
  for (const Net& n : ReservedNetworks())
    if (Contains(n.ip, n.mask, ip)) return true;
  return false;
}

bool IntersectsIanaReserved(const GoIp& ip, const GoIp& mask) {
  if (!IsGlobalUnicast(ip)) return true;
  for (const Net& n : ReservedNetworks())
    if (Contains(n.ip, n.mask, ip) || Contains(ip, mask, n.ip)) return true;
  return false;
}

}  // namespace cair::lints::util::dns
