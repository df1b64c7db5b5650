// File: the URI rules (RFC 5280 4.2.1.6 / 4.2.1.7: IA5String, absolute,
// scheme and scheme-specific part) shared by the SAN / IAN
// uniformResourceIdentifier lint pairs (e_ext_{san,ian}_uri_*), checked with
// AltNameCheck.
#ifndef CAIR_LINTS_UTIL_FAMILIES_ALT_NAME_URI_H_
#define CAIR_LINTS_UTIL_FAMILIES_ALT_NAME_URI_H_

#include <string_view>

#include "der/strings.h"
#include "lints/util/families/alt_name_dns.h"
#include "lints/util/uri/parse.h"

namespace cair::lints::families {

// The rules, each true when the URI `text` is acceptable.
// UriHasSchemeAndRest: it parses, has a scheme, and something follows
// "scheme:": an authority, userinfo, an opaque part or a path.
inline bool UriHasSchemeAndRest(std::string_view text) {
  util::uri::ParsedUri uri;
  if (!util::uri::ParseUri(text, &uri) || uri.scheme.empty()) return false;
  return !uri.host.empty() || uri.has_user || !uri.opaque.empty() || !uri.path.empty();
}
// UriIsIa5: every byte is ASCII (the URI is an IA5String).
inline bool UriIsIa5(std::string_view text) { return der::IsIa5String(der::Input(text)); }
// UriIsAbsolute: it parses and has a scheme.
inline bool UriIsAbsolute(std::string_view text) {
  util::uri::ParsedUri uri;
  return util::uri::ParseUri(text, &uri) && uri.IsAbsolute();
}

}  // namespace cair::lints::families

#endif  // CAIR_LINTS_UTIL_FAMILIES_ALT_NAME_URI_H_
