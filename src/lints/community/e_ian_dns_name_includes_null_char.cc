// awslabs certlint: a DNS name must not contain a NUL character (a classic
// way to make a name compare differently in C string handling).
#include "lint/registry.h"
#include "lints/util/families/alt_name_dns.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ian_dns_name_includes_null_char",
    .description = "issuerAltName dNSNames must not contain a NUL byte.",
    .citation = "certlint: awslabs/certlint",
    .source = lint::Source::kCommunity,
    .requires_facts = lint::fact::kIssuerAltName,
};

class IanDnsNameIncludesNullChar final : public families::AltNameDnsCheck {
 public:
  IanDnsNameIncludesNullChar() : AltNameDnsCheck(oid::kIssuerAltName, families::HasNoNul, lint::Status::kError) {}
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IanDnsNameIncludesNullChar);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
