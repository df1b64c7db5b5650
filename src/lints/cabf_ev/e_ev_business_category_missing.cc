// EVGs 9.2.3 (7.1.4.2.3): the subject of an EV certificate states the
// business category of the subject organization (businessCategory).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/br_dns_names.h"
#include "lints/util/cert_class.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_ev_business_category_missing",
    .description = "An EV subscriber certificate's subject must contain businessCategory.",
    .citation = "EVGs: 9.2.3",
    .source = Source::kCabfEv,
    .effective = dates::kZeroDate,
    .peers = "certlint:EV certificates must include businessCategory in subject",
};

class EvBusinessCategoryMissing final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::IsEvCert(c) && util::IsSubscriberCert(c);
  }
  Result Execute(const x509::Certificate& c) const override {
    // zlint looks at every attribute of the subject, whatever its value type.
    if (c.subject.Has(oid::kBusinessCategory)) return Pass();
    return Error("the subject has no businessCategory");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EvBusinessCategoryMissing);
}  // namespace cair::lints
