// RFC 5280 4.2.1.6: a URI in the subject alternative name must not be a
// relative reference; it must parse under RFC 3986 and carry a scheme.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/alt_name_uri.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_san_uri_relative",
    .description = "URIs in the subjectAltName extension must parse and be absolute (have a scheme).",
    .citation = "RFC 5280: 4.2.1.6",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .requires_facts = lint::fact::kSubjectAltName,
};

class SanUriRelative final : public families::AltNameCheck {
 public:
  SanUriRelative() : AltNameCheck(oid::kSubjectAltName, util::dns::kTagUri, families::UriIsAbsolute, lint::Status::kError) {}
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SanUriRelative);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
