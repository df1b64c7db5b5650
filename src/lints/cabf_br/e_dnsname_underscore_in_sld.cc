// CA/B Forum BRs 7.1.4.2.1: DNS names must not contain underscores. zlint
// checks the registrable label (the one left of the public suffix) of the
// subject commonName and of every subjectAltName dNSName of subscriber
// certificates; a name that cannot be split at a public suffix makes the lint
// not applicable.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/domains.h"
#include "lints/util/dns/public_suffix.h"

namespace cair::lints {
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_dnsname_underscore_in_sld",
    .description = "The label left of the public suffix in subscriber DNS names must not contain an underscore.",
    .citation = "BRs: 7.1.4.2.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kRFC5280Date,
};

class DnsNameUnderscoreInSld final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::dns::SubscriberWithDnsNames(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    switch (util::dns::WalkParsedDomains(c, [](const util::dns::ParsedDomain& d) {
      return d.sld().find('_') != std::string_view::npos;
    })) {
      case util::dns::DomainWalk::kUnparsable: return lint::NA();
      case util::dns::DomainWalk::kHit: return lint::Error();
      default: return lint::Pass();
    }
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DnsNameUnderscoreInSld);
}  // namespace cair::lints
