// RFC 5280 4.2.1.6 with RFC 1034 3.5: host name labels consist of letters,
// digits and hyphens. An '_' in the labels left of the registrable domain
// (the "third-level" part) is reported as a warning, for subscriber
// certificates' SAN dNSNames; if a name cannot be split at a public suffix
// the lint does not apply.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/dns/names.h"
#include "lints/util/dns/public_suffix.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_rfc_dnsname_underscore_in_trd",
    .description = "In subscriber certificates, labels below the registrable domain of subjectAltName dNSNames should not contain underscores.",
    .citation = "RFC 5280: 4.1.2.6",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
};

class DnsNameUnderscoreInTrd final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubscriberCert(c) && util::dns::DnsNamesExist(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    enum { kOk, kUnparsable, kBad } state = kOk;
    for (const util::dns::ParsedDomain& p : util::dns::SanDomains(c)) {
      if (!p.ok()) state = kUnparsable;
      else if (p.trd().find('_') != std::string_view::npos) state = kBad;
      if (state != kOk) break;
    }
    if (state == kUnparsable) return lint::NA();
    return state == kBad ? lint::Warn() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DnsNameUnderscoreInTrd);
}  // namespace cair::lints
