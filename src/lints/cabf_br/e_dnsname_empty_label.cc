// CA/B Forum BRs 7.1.4.2: a DNS name in a subscriber certificate (a
// subjectAltName dNSName, or the subject commonName when it is not an IP
// address) must not have an empty label: no leading, trailing or doubled dot.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/domains.h"
#include "lints/util/dns/names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_dnsname_empty_label",
    .description = "DNS names in subscriber certificates must not contain an empty label.",
    .citation = "BRs: 7.1.4.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
};

class DnsNameEmptyLabel final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::dns::SubscriberWithDnsNames(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const util::dns::CommonName& cn = util::dns::CommonNameOf(c);
    if (cn.checked_as_dns() && util::dns::HasEmptyLabel(cn.cn)) return lint::Error();
    util::dns::AltNameView san(c, oid::kSubjectAltName);
    const bool ok = san.ForEach(util::dns::kTagDnsName, [](std::string_view d) {
      return !util::dns::HasEmptyLabel(d);
    });
    return ok ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DnsNameEmptyLabel);
}  // namespace cair::lints
