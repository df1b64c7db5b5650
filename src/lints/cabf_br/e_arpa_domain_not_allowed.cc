// CA/B Forum TLS BRs 4.2.2 (ballot SC-086): CAs shall not issue certificates
// containing Domain Names that end in an IP Reverse Zone Suffix
// ("in-addr.arpa" or "ip6.arpa"). Checked on subscriber certificates'
// subjectAltName dNSNames, compared case-insensitively.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/dns/domains.h"
#include "lints/util/dns/names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_arpa_domain_not_allowed",
    .description = "Subscriber certificates must not contain dNSNames under the in-addr.arpa or ip6.arpa reverse zones.",
    .citation = "BRs: 4.2.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABF_SC086_EffectiveDate,
    .requires_facts = lint::fact::kNotCa,
};

class ArpaDomainNotAllowed final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::cert::IsSubscriberCert(c); }
  lint::Result Execute(const x509::Certificate& c) const override {
    util::dns::AltNameView san(c, oid::kSubjectAltName);
    const bool ok = san.ForEach(util::dns::kTagDnsName, [](std::string_view d) {
      const std::string lower = util::dns::GoLower(d);
      return !std::string_view(lower).ends_with(".in-addr.arpa") && !std::string_view(lower).ends_with(".ip6.arpa");
    });
    if (ok) return lint::Pass();
    return lint::Error("Domain Names that end in an IP Reverse Zone Suffix are not allowed");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ArpaDomainNotAllowed);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
