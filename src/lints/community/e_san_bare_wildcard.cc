// awslabs certlint: a wildcard must be followed by the rest of a name (the
// "*" label stands for one label of a longer name, RFC 6125 6.4.3). Flagged:
// a subjectAltName dNSName ending in '*'.
#include "lint/registry.h"
#include "lints/util/families/alt_name_dns.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_san_bare_wildcard",
    .description = "subjectAltName dNSNames must not end with a wildcard character.",
    .citation = "certlint: awslabs/certlint",
    .source = lint::Source::kCommunity,
    .requires_facts = lint::fact::kSubjectAltName,
};

class SanBareWildcard final : public families::AltNameDnsCheck {
 public:
  SanBareWildcard() : AltNameDnsCheck(oid::kSubjectAltName, families::NotBareWildcard, lint::Status::kError) {}
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SanBareWildcard);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
