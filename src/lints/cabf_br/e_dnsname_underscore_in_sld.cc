// CA/B Forum BRs 7.1.4.2.1: DNS names must not contain underscores. zlint
// checks the registrable label (the one left of the public suffix) of the
// subject commonName and of every subjectAltName dNSName of subscriber
// certificates; a name that cannot be split at a public suffix makes the lint
// not applicable.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/label_facts.h"
#include "lints/util/families/dns_names.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_dnsname_underscore_in_sld",
    .description = "The label left of the public suffix in subscriber DNS names must not contain an underscore.",
    .citation = "BRs: 7.1.4.2.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kRFC5280Date,
    .requires_facts = lint::fact::kNotCa,
};

class DnsNameUnderscoreInSld final
    : public families::DomainPartCheck<families::DnsNames::kCommonNameAndSan, families::UnderscoreInSld,
                                       lint::Status::kError, util::dns::kFactUnderscore> {};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DnsNameUnderscoreInSld);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
