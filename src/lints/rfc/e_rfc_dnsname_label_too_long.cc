// RFC 5280 4.2.1.6 requires dNSNames in the RFC 1034 preferred name syntax;
// RFC 1035 2.3.4 limits a label to 63 octets. Checked on subscriber
// certificates' SAN dNSNames.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/dns_names.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_rfc_dnsname_label_too_long",
    .description = "Each label of a subscriber certificate's subjectAltName dNSNames must be at most 63 octets.",
    .citation = "RFC 5280: 4.2.1.6, citing RFC 1035",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .requires_facts = lint::fact::kNotCa,
};

class DnsNameLabelTooLong final
    : public families::DnsLabelCheck<families::DnsNames::kSan, util::dns::kLabelOver63> {};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DnsNameLabelTooLong);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
