// CA/B Forum BRs 1.6.1 (Wildcard Domain Name): the wildcard character may
// only appear in the left-most label; a '*' in any later label of the
// subject commonName or of a subjectAltName dNSName is an error.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/domains.h"
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
    if (WildcardNotInLeftLabel(util::dns::CommonNameOf(c).cn)) return lint::Error();
    util::dns::AltNameView san(c, oid::kSubjectAltName);
    const bool ok = san.ForEach(util::dns::kTagDnsName, [](std::string_view d) {
      return !WildcardNotInLeftLabel(d);
    });
    return ok ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DnsNameWildcardOnlyInLeftLabel);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
