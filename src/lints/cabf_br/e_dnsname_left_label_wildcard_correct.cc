// CA/B Forum BRs 1.6.1 (Wildcard Certificate, Wildcard Domain Name): a
// wildcard is the single character '*' as the whole left-most label; a
// left-most label that contains '*' together with other characters
// ("f*o.example.com") is an error, in the subject commonName or in any
// subjectAltName dNSName.
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
    .name = "e_dnsname_left_label_wildcard_correct",
    .description = "A wildcard in the left-most label of a DNS name must be the whole label '*'.",
    .citation = "BRs: 1.6.1, Wildcard Certificate and Wildcard Domain Name",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .peers = "certlint:Wildcard other than *.<fqdn> in SAN",
};

bool LeftLabelWildcardIncorrect(std::string_view name) {
  if (name.substr(0, 2) == "*.") return false;  // the left label is "*" (most wildcard names)
  const std::string_view left = name.substr(0, name.find('.'));
  return left.find('*') != std::string_view::npos && left != "*";
}

class DnsNameLeftLabelWildcardCorrect final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    // Only names with a '*' are read.
    const util::dns::CommonName& cn = util::dns::CommonNameOf(c);
    if ((cn.facts & util::dns::kFactStar) != 0 && LeftLabelWildcardIncorrect(cn.cn)) return lint::Error();
    const util::dns::SanDnsNames& san = util::dns::SanDnsNamesOf(c);
    if (!san.any_has(util::dns::kFactStar)) return lint::Pass();
    for (const util::dns::SanDnsName& d : san.names)
      if ((d.facts & util::dns::kFactStar) != 0 && LeftLabelWildcardIncorrect(d.name)) return lint::Error();
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DnsNameLeftLabelWildcardCorrect);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
