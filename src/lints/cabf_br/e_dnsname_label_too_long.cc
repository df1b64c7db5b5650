// RFC 1035 2.3.4 (required of DNS names by CA/B Forum BRs 7.1.4.2): a label
// is at most 63 octets. Checked on subscriber certificates' subjectAltName
// dNSNames and on the subject commonName when it is not an IP address.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/domains.h"
#include "lints/util/dns/names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_dnsname_label_too_long",
    .description = "Labels of DNS names in subscriber certificates must be at most 63 octets long.",
    .citation = "RFC 1035: entire document",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
};

class DnsNameLabelTooLong final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::dns::SubscriberWithDnsNames(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const util::dns::CommonName& cn = util::dns::CommonNameOf(c);
    if (cn.checked_as_dns() && util::dns::HasLabelLongerThan(cn.cn, 63)) return lint::Error();
    util::dns::AltNameView san(c, oid::kSubjectAltName);
    const bool ok = san.ForEach(util::dns::kTagDnsName, [](std::string_view d) {
      return !util::dns::HasLabelLongerThan(d, 63);
    });
    return ok ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DnsNameLabelTooLong);
}  // namespace cair::lints
