// File: lints/util/uri/parse.h
// URI helpers for the lints that check uniformResourceIdentifier names
// (RFC 5280 4.2.1.6 / 4.2.1.7). To agree with zlint, parsing follows the
// observable behaviour of Go's net/url.Parse (which inputs it rejects, and how
// it splits scheme, opaque part, authority and path), and `LooksLikeUrl`
// follows the permissive URL pattern zcrypto uses to decide whether a host is
// a "fully qualified domain name".
#ifndef CAIR_LINTS_UTIL_URI_PARSE_H_
#define CAIR_LINTS_UTIL_URI_PARSE_H_

#include <string>
#include <string_view>

namespace cair::lints::util::uri {

// The components of a URI reference, as Go's url.Parse reports them.
struct ParsedUri {
  std::string scheme;     // lower-cased; empty for a relative reference
  std::string opaque;     // rootless part after "scheme:" (e.g. "user@host" in mailto:)
  bool has_user = false;  // an authority with userinfo ("user@") was present
  std::string host;       // %-decoded host, with ":port" if one was given
  std::string path;       // %-decoded path
  std::string raw_query;
  std::string fragment;   // %-decoded
  bool IsAbsolute() const { return !scheme.empty(); }
};

// Parses `raw` like Go's url.Parse. Returns false for the inputs Go rejects:
// control characters, a scheme-less reference whose first path segment has a
// ':', a malformed %-escape, an invalid port, a bad host character or
// userinfo, a missing ']' in an IP literal. Every field of `*out` is
// overwritten; reusing one ParsedUri for several URLs reuses its buffers.
bool ParseUri(std::string_view raw, ParsedUri* out);

// True if `s` is an IP address in Go's net.ParseIP syntax: dotted-quad IPv4
// without leading zeros, or IPv6 text (no zone, no brackets).
bool IsIpAddressText(std::string_view s);

// zcrypto's util.IsURL: a length check (4..2082 characters), a URL parse
// check, and a permissive pattern of [scheme://][user@]host[.][:port][/path]
// where host is an IPv4 address, a bracketed IPv6 address, or dot-separated
// labels ending in an alphabetic top-level label.
bool LooksLikeUrl(std::string_view s);

// zlint's GetHost: the host part of an authority "user@host:port" (text after
// the first '@', up to the first ':'); "" when the ':' comes before the '@'.
std::string_view HostOfAuthority(std::string_view authority);

// zlint's test for a CRL or caIssuers location it accepts: the text starts
// with "http://" or "ldap://", compared without regard to ASCII case.
bool IsHttpOrLdapUri(std::string_view uri);

}  // namespace cair::lints::util::uri

#endif  // CAIR_LINTS_UTIL_URI_PARSE_H_
