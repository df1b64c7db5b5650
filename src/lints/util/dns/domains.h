// File: lints/util/dns/domains.h
// Helpers shared by the CA/B Forum BR lints on DNS names, IP addresses and
// .onion names (BRs 7.1.4.2, 3.2.2.6, Appendix C; EV Guidelines Appendix F),
// built on dns_names.h (the SAN / subject CN as zlint sees them through
// zcrypto). zlint's lints use Go's string functions, whose exact behaviour
// these helpers keep: strings.Split labels, strings.ToLower (Unicode), the
// rune-wise regular expressions of its label checks, and fmt's %q quoting in
// result details.
#ifndef CAIR_LINTS_UTIL_DNS_DOMAINS_H_
#define CAIR_LINTS_UTIL_DNS_DOMAINS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "lints/util/dns/public_suffix.h"
#include "x509/certificate.h"

namespace cair::lints::util::dns {

// zcrypto's Subject.CommonName and whether it is an IP address in Go's
// net.ParseIP syntax (zlint's util.CommonNameIsIP), computed once per
// certificate.
struct CommonName {
  std::string cn;
  bool is_ip = false;
  uint16_t facts = 0;  // NameFacts(cn) (label_facts.h)
  // zlint's `c.Subject.CommonName != "" && !util.CommonNameIsIP(c)`: the CN
  // is checked as a DNS name.
  bool checked_as_dns() const { return !cn.empty() && !is_ip; }
};
const CommonName& CommonNameOf(const x509::Certificate& c);

// zlint's `util.IsSubscriberCert(c) && util.DNSNamesExist(c)`, the
// applicability test of most DNS-name lints: not a CA, not self-signed, and a
// non-empty subject CN or a SAN dNSName.
bool SubscriberWithDnsNames(const x509::Certificate& c);

// The subject CN split at its public suffix (zcrypto's
// GetParsedSubjectCommonName), computed once per certificate.
const ParsedDomain& CommonNameDomain(const x509::Certificate& c);

// The walk of zlint's TRD/SLD lints: the CN first (when checked as a DNS
// name), then every SAN dNSName in order; the first name that cannot be split
// at a public suffix ends the walk with kUnparsable (zlint: NA), the first
// name for which hit(const ParsedDomain&) is true with kHit.
// WalkSanDomains is the same walk without the CN (zlint's RFC 5280 lints).
enum class DomainWalk { kPass, kUnparsable, kHit };
template <typename F>
DomainWalk WalkSanDomains(const x509::Certificate& c, F&& hit) {
  for (const ParsedDomain& d : SanDomains(c)) {
    if (!d.ok()) return DomainWalk::kUnparsable;
    if (hit(d)) return DomainWalk::kHit;
  }
  return DomainWalk::kPass;
}
template <typename F>
DomainWalk WalkParsedDomains(const x509::Certificate& c, F&& hit) {
  if (CommonNameOf(c).checked_as_dns()) {
    const ParsedDomain& d = CommonNameDomain(c);
    if (!d.ok()) return DomainWalk::kUnparsable;
    if (hit(d)) return DomainWalk::kHit;
  }
  return WalkSanDomains(c, hit);
}

// Go's strings.ToLower (Unicode simple lower-casing; invalid UTF-8 bytes
// become U+FFFD); ASCII input takes a fast path.
std::string GoLower(std::string_view s);

// zlint's util.HasReservedLabelPrefix: the label matches `^..--` (two runes
// other than '\n', then "--": an RFC 5890 2.3.1 reserved label).
bool HasReservedLabelPrefix(std::string_view label);

// zlint's util.IsLDHLabel: 1-63 octets of [A-Za-z0-9-], not starting or
// ending with '-', and not a reserved label unless it starts with "xn--"
// (any case).
bool IsLdhLabel(std::string_view label);

// Go's fmt %q of a string (strconv.Quote): double quotes, with \", \\, the
// C escapes, \x for invalid UTF-8 bytes and non-printable ASCII, \u / \U for
// non-printable runes.
std::string GoQuote(std::string_view s);

// Go's url.URL.Hostname of a URL's Host: without a ":port" suffix and
// without the brackets of an IPv6 literal.
std::string_view GoUrlHostname(std::string_view host);

// zlint's util.IsEV on zcrypto's PolicyIdentifiers (the last
// certificatePolicies extension): a known EV policy OID is asserted.
bool IsEvCert(const x509::Certificate& c);

// zlint's util.CertificateSubjInTLD(c, ".onion"): a SAN dNSName or the
// subject CN ends in ".onion" (case-sensitive).
bool CertSubjInOnionTld(const x509::Certificate& c);

// zlint's util.IsOnionV2Address: the name ends in "onion", has at least two
// labels and its FIRST label is 16 characters that decode as Tor's
// lower-case base32 (Go's base32 rules: padding accepted, CR/LF ignored).
bool IsOnionV2Address(std::string_view name);
// zlint's util.IsOnionV2Cert: a SAN dNSName or the CN is a v2 address.
bool IsOnionV2Cert(const x509::Certificate& c);

}  // namespace cair::lints::util::dns

#endif  // CAIR_LINTS_UTIL_DNS_DOMAINS_H_
