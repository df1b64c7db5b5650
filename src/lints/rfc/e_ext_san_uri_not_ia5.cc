// RFC 5280 4.2.1.6: a URI in the subject alternative name is stored in the
// uniformResourceIdentifier, an IA5String, so it holds 7-bit characters only.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/alt_name_uri.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_san_uri_not_ia5",
    .description = "URIs in the subjectAltName extension must contain only 7-bit (IA5) characters.",
    .citation = "RFC 5280: 4.2.1.6",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .requires_facts = lint::fact::kSubjectAltName,
};

class SanUriNotIa5 final : public families::AltNameCheck {
 public:
  SanUriNotIa5() : AltNameCheck(oid::kSubjectAltName, util::dns::kTagUri, families::UriIsIa5, lint::Status::kError) {}
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SanUriNotIa5);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
