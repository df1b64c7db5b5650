// awslabs certlint: a wildcard may only appear as the first character of a
// name (the left-most label, as in "*.example.com"; not "www.*.com").
#include "lint/registry.h"
#include "lints/util/families/alt_name_dns.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ian_wildcard_not_first",
    .description = "issuerAltName dNSNames may contain '*' only as their first character.",
    .citation = "certlint: awslabs/certlint",
    .source = lint::Source::kCommunity,
    .requires_facts = lint::fact::kIssuerAltName,
};

class IanWildcardNotFirst final : public families::AltNameDnsCheck {
 public:
  IanWildcardNotFirst() : AltNameDnsCheck(oid::kIssuerAltName, families::WildcardOnlyFirst, lint::Status::kError) {}
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IanWildcardNotFirst);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
