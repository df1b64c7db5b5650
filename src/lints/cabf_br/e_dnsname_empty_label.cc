// CA/B Forum BRs 7.1.4.2: a DNS name in a subscriber certificate (a
// subjectAltName dNSName, or the subject commonName when it is not an IP
// address) must not have an empty label: no leading, trailing or doubled dot.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/dns_names.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_dnsname_empty_label",
    .description = "DNS names in subscriber certificates must not contain an empty label.",
    .citation = "BRs: 7.1.4.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .requires_facts = lint::fact::kNotCa,
};

class DnsNameEmptyLabel final
    : public families::DnsLabelCheck<families::DnsNames::kCommonNameAndSan, util::dns::kEmptyLabel> {};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DnsNameEmptyLabel);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
