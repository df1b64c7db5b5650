// awslabs certlint: a wildcard must be followed by the rest of a name (the
// "*" label stands for one label of a longer name, RFC 6125 6.4.3). Flagged:
// an issuerAltName dNSName ending in '*'.
#include "lint/registry.h"
#include "lints/util/families/alt_name_dns.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ian_bare_wildcard",
    .description = "issuerAltName dNSNames must not end with a wildcard character.",
    .citation = "certlint: awslabs/certlint",
    .source = lint::Source::kCommunity,
    .requires_facts = lint::fact::kIssuerAltName,
};

class IanBareWildcard final : public families::AltNameDnsCheck {
 public:
  IanBareWildcard() : AltNameDnsCheck(oid::kIssuerAltName, families::NotBareWildcard, lint::Status::kError) {}
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IanBareWildcard);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
