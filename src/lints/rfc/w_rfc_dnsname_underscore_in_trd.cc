// RFC 5280 4.2.1.6 with RFC 1034 3.5: host name labels consist of letters,
// digits and hyphens. An '_' in the labels left of the registrable domain
// (the "third-level" part) is reported as a warning, for subscriber
// certificates' SAN dNSNames; if a name cannot be split at a public suffix
// the lint does not apply.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/label_facts.h"
#include "lints/util/families/dns_names.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_rfc_dnsname_underscore_in_trd",
    .description = "In subscriber certificates, labels below the registrable domain of subjectAltName dNSNames should not contain underscores.",
    .citation = "RFC 5280: 4.1.2.6",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .requires_facts = lint::fact::kNotCa,
};

class DnsNameUnderscoreInTrd final
    : public families::DomainPartCheck<families::DnsNames::kSan, families::UnderscoreInTrd,
                                       lint::Status::kWarn, util::dns::kFactUnderscore> {};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DnsNameUnderscoreInTrd);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
