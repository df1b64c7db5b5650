// awslabs certlint: a name should not be a bare public suffix. For the
// issuer alternative name zlint approximates this by the label count: a
// dNSName with fewer than three labels is reported.
#include "lint/registry.h"
#include "lints/util/families/alt_name_dns.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_ian_iana_pub_suffix_empty",
    .description = "issuerAltName dNSNames should have at least three labels (not a bare public suffix).",
    .citation = "certlint: awslabs/certlint",
    .source = lint::Source::kCommunity,
    .requires_facts = lint::fact::kIssuerAltName,
};

class IanIanaPubSuffixEmpty final : public families::AltNameDnsCheck {
 public:
  IanIanaPubSuffixEmpty() : AltNameDnsCheck(oid::kIssuerAltName, families::HasThreeLabels, lint::Status::kWarn) {}
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IanIanaPubSuffixEmpty);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
