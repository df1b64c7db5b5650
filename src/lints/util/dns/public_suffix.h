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

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "x509/certificate.h"

namespace cair::lints::util::dns {

enum class DomainError { kNone, kBlank, kStartsWithDot, kIsSuffix };

// A name split at its public suffix. It refers to the name's bytes and owns
// nothing: `name` is the caller's input itself when that holds no upper-case
// ASCII letter (the common case), else a lower-cased copy kept by whoever
// asked for the split (ParseDomain's `lowered`, or the certificate for
// SanDomains / CommonNameDomain).
struct ParsedDomain {
  DomainError error = DomainError::kNone;
  std::string_view name;  // lower-cased input
  // The parts, as offsets into `name` (valid when error == kNone).
  uint32_t trd_len = 0;               // name[0, trd_len)
  uint32_t sld_pos = 0, sld_len = 0;  // name[sld_pos, sld_pos + sld_len)
  uint32_t tld_pos = 0;               // name[tld_pos, end)

  bool ok() const { return error == DomainError::kNone; }
  std::string_view trd() const { return name.substr(0, trd_len); }
  std::string_view sld() const { return name.substr(sld_pos, sld_len); }
  std::string_view tld() const { return name.substr(tld_pos); }
};

// Some octet of `s` is an upper-case ASCII letter (what AsciiLower changes).
bool HasAsciiUpper(std::string_view s);

// Writes `s` with its ASCII letters lower-cased to out[0, s.size()) and
// returns that text.
std::string_view AsciiLowerTo(std::string_view s, char* out);

// The split of `lower`, a name without upper-case ASCII letters; the result
// refers to `lower`'s bytes.
ParsedDomain SplitLowerDomain(std::string_view lower);

// The split of `input` lower-cased: SplitLowerDomain(input) when it holds no
// upper-case ASCII letter, else of its lower-cased copy, written to
// `*lowered`. The result refers to `input` or `*lowered`: keep both alive
// (and `*lowered` unchanged) while it is used.
ParsedDomain ParseDomain(std::string_view input, std::string* lowered);

// ParseDomain of every subjectAltName dNSName, in AltNameView order,
// computed once per certificate and shared by the lints that need it; the
// names refer to the certificate's bytes (or its own lower-cased copies).
const std::vector<ParsedDomain>& SanDomains(const x509::Certificate& c);

// `suffix` (lower-case ASCII, no empty label) is an ICANN public suffix,
// explicitly or through a wildcard rule; the implicit "*" rule not counted.
bool IsIcannPublicSuffix(std::string_view suffix);

}  // namespace cair::lints::util::dns

#endif  // CAIR_LINTS_UTIL_DNS_PUBLIC_SUFFIX_H_
