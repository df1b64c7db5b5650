// awslabs certlint: a DNS name must not start with '.', which would make its
// first label empty (RFC 1034 3.5).
#include "lint/registry.h"
#include "lints/util/families/alt_name_dns.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ian_dns_name_starts_with_period",
    .description = "issuerAltName dNSNames must not begin with a period.",
    .citation = "certlint: awslabs/certlint",
    .source = lint::Source::kCommunity,
    .requires_facts = lint::fact::kIssuerAltName,
};

class IanDnsNameStartsWithPeriod final : public families::AltNameDnsCheck {
 public:
  IanDnsNameStartsWithPeriod() : AltNameDnsCheck(oid::kIssuerAltName, families::NotStartingWithPeriod, lint::Status::kError) {}
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IanDnsNameStartsWithPeriod);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
