// RFC 5280 4.2.1.6 with RFC 1034 3.5: host name labels consist of letters,
// digits and hyphens; '_' is not allowed. Checked on the registrable label
// (left of the public suffix) of subscriber certificates' SAN dNSNames; if a
// name cannot be split at a public suffix the lint does not apply.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/label_facts.h"
#include "lints/util/families/dns_names.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_rfc_dnsname_underscore_in_sld",
    .description = "In subscriber certificates, the label left of the public suffix in each subjectAltName dNSName must not contain an underscore.",
    .citation = "RFC 5280: 4.2.1.6",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .requires_facts = lint::fact::kNotCa,
};

class DnsNameUnderscoreInSld final
    : public families::DomainPartCheck<families::DnsNames::kSan, families::UnderscoreInSld,
                                       lint::Status::kError, util::dns::kFactUnderscore> {};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DnsNameUnderscoreInSld);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
