// RFC 5280 4.2.1.7 (with 4.2.1.6): a uniformResourceIdentifier must follow
// RFC 3986 and include both a scheme ("http", "ftp", ...) and a
// scheme-specific part.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/alt_name_uri.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_ian_uri_format_invalid",
    .description = "URIs in the issuerAltName extension must parse and have both a scheme and a scheme-specific part.",
    .citation = "RFC 5280: 4.2.1.6",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .requires_facts = lint::fact::kIssuerAltName,
};

class IanUriFormatInvalid final : public families::AltNameCheck {
 public:
  IanUriFormatInvalid()
      : AltNameCheck(oid::kIssuerAltName, util::dns::kTagUri, families::UriHasSchemeAndRest, lint::Status::kError) {}
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IanUriFormatInvalid);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
