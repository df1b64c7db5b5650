// RFC 5280 4.2.1.6 requires dNSNames in the preferred name syntax of RFC 1034
// 3.5, as modified by RFC 1123 2.1, where every label has at least one
// character: no leading, trailing or doubled dots. Checked on subscriber
// certificates' SAN dNSNames.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/dns/names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_rfc_dnsname_empty_label",
    .description = "Subscriber certificates' subjectAltName dNSNames must not contain empty labels.",
    .citation = "RFC 5280: 4.2.1.6",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
};

class DnsNameEmptyLabel final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubscriberCert(c) && util::dns::DnsNamesExist(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
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
