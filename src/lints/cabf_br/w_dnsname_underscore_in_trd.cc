// CA/B Forum BRs 7.1.4.2.1: DNS names must not contain underscores. For the
// labels below the registrable domain (the "third-level" part) zlint reports
// a warning, on the subject commonName and every subjectAltName dNSName of
// subscriber certificates; a name that cannot be split at a public suffix
// makes the lint not applicable.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/label_facts.h"
#include "lints/util/families/dns_names.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_dnsname_underscore_in_trd",
    .description = "Labels below the registrable domain of subscriber DNS names should not contain underscores.",
    .citation = "BRs: 7.1.4.2.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kRFC5280Date,
    .requires_facts = lint::fact::kNotCa,
};

class DnsNameUnderscoreInTrd final
    : public families::DomainPartCheck<families::DnsNames::kCommonNameAndSan, families::UnderscoreInTrd,
                                       lint::Status::kWarn, util::dns::kFactUnderscore> {};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DnsNameUnderscoreInTrd);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
