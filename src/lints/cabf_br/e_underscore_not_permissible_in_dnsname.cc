// CA/B Forum BRs 7.1.4.2.1 (ballot SC12): from 1 April 2019, when the
// transitional permission of BRs 1.6.2 ended, a dNSName must not contain an
// underscore. Checked on subscriber certificates' subjectAltName dNSNames.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/dns_names.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_underscore_not_permissible_in_dnsname",
    .description = "subjectAltName dNSNames must not contain an underscore.",
    .citation = "BRs: 7.1.4.2.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABFBRs_1_6_2_UnderscorePermissibilitySunsetDate,
    .requires_facts = lint::fact::kNotCa,
};

class UnderscoreNotPermissibleInDnsName final : public families::SanUnderscoreCheck {};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, UnderscoreNotPermissibleInDnsName);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
