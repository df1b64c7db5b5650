// CA/B Forum BRs 3.2.2.4 (and the ban on Internal Names, 7.1.4.2.1): a DNS
// name must end in a top-level domain that was delegated in the root zone
// when the certificate was issued (its notBefore), and not yet removed.
// Checked on subscriber certificates' subjectAltName dNSNames and on the
// subject commonName when it is not an IP address.
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
    .name = "e_dnsname_not_valid_tld",
    .description = "DNS names in subscriber certificates must end in a TLD delegated at the certificate's notBefore.",
    .citation = "BRs: 3.2.2.4",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .peers = "certlint:Unknown TLD in SAN;certlint:Unqualified domain name in SAN",
    .requires_facts = lint::fact::kNotCa,
};

class DnsNameNotValidTld final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::dns::SubscriberWithDnsNames(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const int64_t when = c.not_before.unix;
    const util::dns::CommonName& cn = util::dns::CommonNameOf(c);
    if (cn.checked_as_dns() && !util::dns::HasValidTld(cn.cn, when)) return lint::Error();
    for (const util::dns::SanDnsName& d : util::dns::SanDnsNamesOf(c).names)
      if (!util::dns::HasValidTld(d.name, when)) return lint::Error();
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DnsNameNotValidTld);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
