// CA/B Forum BRs 1.6.1 (Base Domain Name): a name that is itself a top-level
// domain registered with IANA ("com", "uk") names no registrant and must not
// appear as a dNSName or as the subject commonName of a subscriber
// certificate. Compared case-insensitively against the TLD table.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/domains.h"
#include "lints/util/dns/gtld.h"
#include "lints/util/dns/label_facts.h"
#include "lints/util/dns/names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_dnsname_contains_bare_iana_suffix",
    .description = "DNS names in subscriber certificates must not be a bare IANA top-level domain.",
    .citation = "BRs: 1.6.1, Base Domain Name",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .requires_facts = lint::fact::kNotCa,
};

class DnsNameContainsBareIanaSuffix final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::dns::SubscriberWithDnsNames(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    // A name with a '.' is no TLD (IsInTldMap): only the others are read.
    const util::dns::CommonName& cn = util::dns::CommonNameOf(c);
    if (cn.checked_as_dns() && (cn.facts & util::dns::kFactDot) == 0 && util::dns::IsInTldMap(cn.cn))
      return lint::Error();
    for (const util::dns::SanDnsName& d : util::dns::SanDnsNamesOf(c).names)
      if ((d.facts & util::dns::kFactDot) == 0 && util::dns::IsInTldMap(d.name)) return lint::Error();
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DnsNameContainsBareIanaSuffix);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
