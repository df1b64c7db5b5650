// EVGs 9.2.3 (7.1.4.2.3): the subject of an EV certificate states the
// business category of the subject organization (businessCategory).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/dns/domains.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ev_business_category_missing",
    .description = "An EV subscriber certificate's subject must contain businessCategory.",
    .citation = "EVGs: 9.2.3",
    .source = lint::Source::kCabfEv,
    .effective = lint::dates::kZeroDate,
    .peers = "certlint:EV certificates must include businessCategory in subject;pkilint:cabf.ev_guidelines.business_category_attribute_absent",
    .requires_facts = lint::fact::kNonBrPolicy | lint::fact::kNotCa | lint::fact::kCertificatePolicies,
};

class EvBusinessCategoryMissing final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::dns::IsEvCert(c) && util::cert::IsSubscriberCert(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    // zlint looks at every attribute of the subject, whatever its value type.
    if (c.subject.Has(oid::kBusinessCategory)) return lint::Pass();
    return lint::Error("the subject has no businessCategory");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EvBusinessCategoryMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
