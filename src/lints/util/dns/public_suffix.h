// File: lints/util/dns/public_suffix.h
// Splitting a DNS name at its public suffix (the ICANN section of the Public
// Suffix List, via libpsl's built-in list), into
//   TRD . SLD . TLD      e.g. "www.example.co.uk" -> "www", "example", "co.uk"
// with the conventions zlint gets from zcrypto's GetParsedDNSNames
// (publicsuffix-go, private section ignored, "*" as the default rule):
//   - the name is lower-cased (ASCII) first;
//   - "" and names starting with '.' are errors;
//   - a name that IS a public suffix ("co.uk", "com", "localhost", and any
//     name ending in '.') is an error, kIsSuffix;
//   - a label with non-ASCII bytes never matches a list rule;
//   - a name equal to the base of a wildcard rule ("kawasaki.jp" for
//     "*.kawasaki.jp") is not itself treated as a suffix.
#ifndef CAIR_LINTS_UTIL_DNS_PUBLIC_SUFFIX_H_
#define CAIR_LINTS_UTIL_DNS_PUBLIC_SUFFIX_H_

#include <string>
#include <string_view>
#include <vector>

#include "x509/certificate.h"

namespace cair::lints::util::dns {

enum class DomainError { kNone, kBlank, kStartsWithDot, kIsSuffix };

struct ParsedDomain {
  DomainError error = DomainError::kNone;
  std::string name;  // lower-cased input
  // The parts, as offsets into `name` (valid when error == kNone).
  size_t trd_len = 0;               // name[0, trd_len)
  size_t sld_pos = 0, sld_len = 0;  // name[sld_pos, sld_pos + sld_len)
  size_t tld_pos = 0;               // name[tld_pos, end)

  bool ok() const { return error == DomainError::kNone; }
  std::string_view trd() const { return std::string_view(name).substr(0, trd_len); }
  std::string_view sld() const { return std::string_view(name).substr(sld_pos, sld_len); }
  std::string_view tld() const { return std::string_view(name).substr(tld_pos); }
};

ParsedDomain ParseDomain(std::string_view name);

// ParseDomain of every subjectAltName dNSName, in AltNameView order,
// computed once per certificate and shared by the lints that need it.
const std::vector<ParsedDomain>& SanDomains(const x509::Certificate& c);

// `suffix` (lower-case ASCII, no empty label) is an ICANN public suffix,
// explicitly or through a wildcard rule; the implicit "*" rule not counted.
bool IsIcannPublicSuffix(std::string_view suffix);

}  // namespace cair::lints::util::dns

#endif  // CAIR_LINTS_UTIL_DNS_PUBLIC_SUFFIX_H_
