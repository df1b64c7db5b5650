// CA/B Forum BRs 7.1.4.2.1: FQDNs must consist solely of P-Labels or
// Non-Reserved LDH Labels, so a label with "--" in its third and fourth
// positions (an RFC 5890 reserved label) is only allowed as an "xn--"
// A-label. Checked on subscriber certificates' subjectAltName dNSNames.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/domains.h"
#include "lints/util/dns/names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_dnsname_contains_prohibited_reserved_label",
    .description = "subjectAltName dNSName labels with '--' in the third and fourth positions must be 'xn--' labels.",
    .citation = "BRs: 7.1.4.2.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kNoReservedDomainLabelsDate,
    .requires_facts = lint::fact::kNotCa,
};

class DnsNameContainsProhibitedReservedLabel final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::dns::SubscriberWithDnsNames(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    util::dns::AltNameView san(c, oid::kSubjectAltName);
    const bool ok = san.ForEach(util::dns::kTagDnsName, [](std::string_view d) {
      return util::dns::ForEachLabel(d, [](std::string_view label) {
        return !(util::dns::HasReservedLabelPrefix(label) && !util::dns::HasXnPrefix(label));
      });
    });
    return ok ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DnsNameContainsProhibitedReservedLabel);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
