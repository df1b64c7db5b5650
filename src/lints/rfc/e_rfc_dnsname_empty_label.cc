// RFC 5280 4.2.1.6 requires dNSNames in the preferred name syntax of RFC 1034
// 3.5, as modified by RFC 1123 2.1, where every label has at least one
// character: no leading, trailing or doubled dots. Checked on subscriber
// certificates' SAN dNSNames.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/dns_names.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_rfc_dnsname_empty_label",
    .description = "Subscriber certificates' subjectAltName dNSNames must not contain empty labels.",
    .citation = "RFC 5280: 4.2.1.6",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .requires_facts = lint::fact::kNotCa,
};

class DnsNameEmptyLabel final
    : public families::DnsLabelCheck<families::DnsNames::kSan, util::dns::kEmptyLabel> {};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DnsNameEmptyLabel);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
