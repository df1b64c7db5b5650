// RFC 5280 4.2.1.6 with RFC 1034 3.5: a label must start and end with a
// letter or digit. Checked on the registrable label (the one left of the
// public suffix) of subscriber certificates' SAN dNSNames; if a name cannot
// be split at a public suffix the lint does not apply.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/dns_names.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_rfc_dnsname_hyphen_in_sld",
    .description = "In subscriber certificates, the label left of the public suffix in each subjectAltName dNSName must not begin or end with a hyphen.",
    .citation = "RFC 5280: 4.2.1.6",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .requires_facts = lint::fact::kNotCa,
};

class DnsNameHyphenInSld final
    : public families::DomainPartCheck<families::DnsNames::kSan, families::HyphenAtSldEdge,
                                       lint::Status::kError> {};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DnsNameHyphenInSld);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
