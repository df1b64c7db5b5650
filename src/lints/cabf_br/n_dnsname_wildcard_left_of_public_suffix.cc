// CA/B Forum BRs 3.2.2.6: the CA must have a documented procedure for a
// wildcard that is the first label left of a registry-controlled label or
// public suffix ("*.co.uk"). zlint flags such subscriber DNS names (subject
// commonName and subjectAltName dNSNames) as a notice; a name that cannot be
// split at a public suffix makes the lint not applicable.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/label_facts.h"
#include "lints/util/families/dns_names.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "n_dnsname_wildcard_left_of_public_suffix",
    .description = "Reports subscriber DNS names whose wildcard label sits directly left of a public suffix.",
    .citation = "BRs: 3.2.2.6",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .requires_facts = lint::fact::kNotCa,
};

class DnsNameWildcardLeftOfPublicSuffix final
    : public families::DomainPartCheck<families::DnsNames::kCommonNameAndSan, families::WildcardSld,
                                       lint::Status::kInfo, util::dns::kFactStar> {};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DnsNameWildcardLeftOfPublicSuffix);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
