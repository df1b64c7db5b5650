// RFC 1035 2.3.4 (required of DNS names by CA/B Forum BRs 7.1.4.2): a label
// is at most 63 octets. Checked on subscriber certificates' subjectAltName
// dNSNames and on the subject commonName when it is not an IP address.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/dns_names.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_dnsname_label_too_long",
    .description = "Labels of DNS names in subscriber certificates must be at most 63 octets long.",
    .citation = "RFC 1035: entire document",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .requires_facts = lint::fact::kNotCa,
};

class DnsNameLabelTooLong final
    : public families::DnsLabelCheck<families::DnsNames::kCommonNameAndSan, util::dns::kLabelOver63> {};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DnsNameLabelTooLong);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
