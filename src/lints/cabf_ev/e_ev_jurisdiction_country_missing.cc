// EVGs 7.1.4.2.4 (Subject Jurisdiction of Incorporation or Registration
// Field): jurisdictionCountryName is required in an EV certificate's subject
// (jurisdictionStateOrProvinceName and jurisdictionLocalityName only as the
// registration's level requires).
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ev_jurisdiction_country_missing",
    .description = "An EV subscriber certificate's subject must include jurisdictionCountryName.",
    .citation = "EVGs: 7.1.4.2.4",
    .source = lint::Source::kCabfEv,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.ev_guidelines.jurisdiction_country_attribute_absent",
    .requires_facts = lint::fact::kNonBrPolicy | lint::fact::kNotCa | lint::fact::kCertificatePolicies,
};

class EvJurisdictionCountryMissing final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return br_profile::Detect(c) == br_profile::Type::kSubscriberEv;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.subject.Has(oid::kJurisdictionCountry) ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EvJurisdictionCountryMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
