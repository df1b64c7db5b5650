// EVGs 9.2.1: the subject of an EV certificate carries the subject's legal
// organization name (organizationName).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/dns/domains.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_ev_organization_name_missing",
    .description = "An EV subscriber certificate's subject must contain organizationName.",
    .citation = "EVGs: 9.2.1",
    .source = Source::kCabfEv,
    .effective = dates::kZeroDate,
};

class EvOrganizationNameMissing final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::dns::IsEvCert(c) && util::cert::IsSubscriberCert(c);
  }
  Result Execute(const x509::Certificate& c) const override {
    // zlint looks at every attribute of the subject, whatever its value type.
    if (c.subject.Has(oid::kOrganizationName)) return Pass();
    return Error("the subject has no organizationName");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EvOrganizationNameMissing);
}  // namespace cair::lints
