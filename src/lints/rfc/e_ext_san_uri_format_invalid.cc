// RFC 5280 4.2.1.6: a uniformResourceIdentifier must follow RFC 3986 and
// include both a scheme ("http", "ftp", ...) and a scheme-specific part.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/names.h"
#include "lints/util/uri/parse.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_san_uri_format_invalid",
    .description = "URIs in the subjectAltName extension must parse and have both a scheme and a scheme-specific part.",
    .citation = "RFC 5280: 4.2.1.6",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
};

class SanUriFormatInvalid final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kSubjectAltName);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    util::dns::AltNameView names(c, oid::kSubjectAltName);
    const bool ok = names.ForEach(util::dns::kTagUri, [](std::string_view text) {
      util::uri::ParsedUri uri;
      if (!util::uri::ParseUri(text, &uri) || uri.scheme.empty()) return false;
      // Something must follow "scheme:": an authority, userinfo, an opaque part or a path.
      return !uri.host.empty() || uri.has_user || !uri.opaque.empty() || !uri.path.empty();
    });
    return ok ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SanUriFormatInvalid);
}  // namespace cair::lints
