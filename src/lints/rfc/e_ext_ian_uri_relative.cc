// RFC 5280 4.2.1.7: a URI in the issuer alternative name must not be a
// relative reference; it must parse under RFC 3986 and carry a scheme.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/names.h"
#include "lints/util/uri/parse.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_ian_uri_relative",
    .description = "URIs in the issuerAltName extension must parse and be absolute (have a scheme).",
    .citation = "RFC 5280: 4.2.1.7",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
};

class IanUriRelative final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kIssuerAltName);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    util::dns::AltNameView names(c, oid::kIssuerAltName);
    const bool ok = names.ForEach(util::dns::kTagUri, [](std::string_view text) {
      util::uri::ParsedUri uri;
      return util::uri::ParseUri(text, &uri) && uri.IsAbsolute();
    });
    return ok ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IanUriRelative);
}  // namespace cair::lints
