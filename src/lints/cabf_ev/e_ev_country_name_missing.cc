// EVGs 9.2.4: the subject of an EV certificate gives the country of the
// subject's place of business (countryName).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/dns/domains.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ev_country_name_missing",
    .description = "An EV subscriber certificate's subject must contain countryName.",
    .citation = "EVGs: 9.2.4",
    .source = lint::Source::kCabfEv,
    .effective = lint::dates::kZeroDate,
    .peers = "pkilint:cabf.ev_guidelines.country_attribute_absent",
    .requires_facts = lint::fact::kNonBrPolicy | lint::fact::kNotCa | lint::fact::kCertificatePolicies,
};

class EvCountryNameMissing final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::dns::IsEvCert(c) && util::cert::IsSubscriberCert(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    // zlint looks at every attribute of the subject, whatever its value type.
    if (c.subject.Has(oid::kCountryName)) return lint::Pass();
    return lint::Error("the subject has no countryName");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EvCountryNameMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
