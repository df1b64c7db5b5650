// BRs 7.1.2.7.4 (Organization Validated subject table): surname and
// givenName MUST NOT be present; a certificate naming a natural person is
// Individual Validated (7.1.2.7.3) and carries that policy identifier.
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_subscriber_ov_personal_name_present",
    .description = "An OV subscriber certificate's subject must not include surname or givenName.",
    .citation = "BRs: 7.1.2.7.4",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.ov.surname_attribute_present;pkilint:cabf.serverauth.ov.given_name_attribute_present",
    .requires_facts = lint::fact::kNotCa | lint::fact::kPolicyOv,
};

class SubscriberOvPersonalNamePresent final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return br_profile::Detect(c) == br_profile::Type::kSubscriberOv;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (c.subject.Has(oid::kSurname)) return lint::Error("surname present");
    if (c.subject.Has(oid::kGivenName)) return lint::Error("givenName present");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubscriberOvPersonalNamePresent);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
