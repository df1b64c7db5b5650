// BRs 7.1.2.7.3 (Individual Validated) and 7.1.2.7.4 (Organization
// Validated) subscriber subject tables: "Any other attribute" is NOT
// RECOMMENDED. (A DV subject's other attributes are prohibited, which
// e_cab_dv_subject_invalid_values checks; the EV Guidelines' table is
// e_ev_extra_subject_attribs.)
#include <string>

#include "der/values.h"
#include "lint/registry.h"
#include "lints/util/br_profile.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_br_subscriber_attribute_unlisted",
    .description = "An OV or IV subscriber certificate's subject should hold only the attributes its BR table lists.",
    .citation = "BRs: 7.1.2.7.3; BRs: 7.1.2.7.4",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.ov.unknown_attribute_present;pkilint:cabf.serverauth.iv.unknown_attribute_present",
    .requires_facts = lint::fact::kNotCa | lint::fact::kCertificatePolicies,
};

class SubscriberAttributeUnlisted final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    const br_profile::Type t = br_profile::Detect(c);
    return t == br_profile::Type::kSubscriberOv || t == br_profile::Type::kSubscriberIv;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const br_profile::Type t = br_profile::Detect(c);
    for (const x509::Attribute& a : c.subject.attributes)
      if (!br_profile::SubscriberSubjectListsAttribute(t, a.oid))
        return lint::Warn("subject attribute " + der::OidToString(a.oid));
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubscriberAttributeUnlisted);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
