// RFC 5280 4.2.1.6 with RFC 1034 3.5: host name labels consist of letters,
// digits and hyphens; '_' is not allowed. Checked on the registrable label
// (left of the public suffix) of subscriber certificates' SAN dNSNames; if a
// name cannot be split at a public suffix the lint does not apply.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/dns/names.h"
#include "lints/util/dns/public_suffix.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_rfc_dnsname_underscore_in_sld",
    .description = "In subscriber certificates, the label left of the public suffix in each subjectAltName dNSName must not contain an underscore.",
    .citation = "RFC 5280: 4.2.1.6",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
};

class DnsNameUnderscoreInSld final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubscriberCert(c) && util::dns::DnsNamesExist(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    enum { kOk, kUnparsable, kBad } state = kOk;
    for (const util::dns::ParsedDomain& p : util::dns::SanDomains(c)) {
      if (!p.ok()) state = kUnparsable;
      else if (p.sld().find('_') != std::string_view::npos) state = kBad;
      if (state != kOk) break;
    }
    if (state == kUnparsable) return lint::NA();
    return state == kBad ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DnsNameUnderscoreInSld);
}  // namespace cair::lints
