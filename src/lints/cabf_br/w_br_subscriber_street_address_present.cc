// BRs 7.1.2.7.3 (Individual Validated) and 7.1.2.7.4 (Organization
// Validated) subscriber subject tables: streetAddress is NOT RECOMMENDED. (A DV
// subject may not hold it at all, which e_cab_dv_subject_invalid_values
// checks; the EV Guidelines allow it.)
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_br_subscriber_street_address_present",
    .description = "An OV or IV subscriber certificate's subject should not include streetAddress.",
    .citation = "BRs: 7.1.2.7.3; BRs: 7.1.2.7.4",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.ov.street_address_attribute_present;pkilint:cabf.serverauth.iv.street_address_attribute_present",
    .requires_facts = lint::fact::kNotCa | lint::fact::kCertificatePolicies,
};

class SubscriberStreetAddressPresent final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    const br_profile::Type t = br_profile::Detect(c);
    return t == br_profile::Type::kSubscriberOv || t == br_profile::Type::kSubscriberIv;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.subject.Has(oid::kStreetAddress) ? lint::Warn() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubscriberStreetAddressPresent);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
