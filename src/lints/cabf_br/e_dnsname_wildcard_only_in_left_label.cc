// CA/B Forum BRs 1.6.1 (Wildcard Domain Name): the wildcard character may
// only appear in the left-most label; a '*' in any later label of the
// subject commonName or of a subjectAltName dNSName is an error.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/domains.h"
#include "lints/util/dns/label_facts.h"
#include "lints/util/dns/names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_dnsname_wildcard_only_in_left_label",
    .description = "A wildcard character may only appear in the left-most label of a DNS name.",
    .citation = "BRs: 1.6.1, Wildcard Domain Name",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .peers = "certlint:Wildcard not in first label of FQDN",
};

bool WildcardNotInLeftLabel(std::string_view name) {
  const size_t dot = name.find('.');
  return dot != std::string_view::npos && name.find('*', dot + 1) != std::string_view::npos;
}

class DnsNameWildcardOnlyInLeftLabel final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    // Only names with a '*' past their first octet are read (a '*' after a
    // '.' is one).
    constexpr uint16_t kSuspect = util::dns::kFactStarNotFirst;
    const util::dns::CommonName& cn = util::dns::CommonNameOf(c);
    if ((cn.facts & kSuspect) != 0 && WildcardNotInLeftLabel(cn.cn)) return lint::Error();
    const util::dns::SanDnsNames& san = util::dns::SanDnsNamesOf(c);
    if (!san.any_has(kSuspect)) return lint::Pass();
    for (const util::dns::SanDnsName& d : san.names)
      if ((d.facts & kSuspect) != 0 && WildcardNotInLeftLabel(d.name)) return lint::Error();
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DnsNameWildcardOnlyInLeftLabel);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
