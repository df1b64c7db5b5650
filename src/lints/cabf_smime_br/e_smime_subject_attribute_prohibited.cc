// S/MIME BRs 7.1.4.2.4 to 7.1.4.2.6: the attributes each profile's table marks
// SHALL NOT (e.g. givenName in an organization-validated subject, organizationName
// in an individual-validated one, streetAddress and postalCode in strict).
// The mailbox-validated table is zlint's e_mailbox_validated_allowed_subjectdn_attributes.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_br_profile.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_smime_subject_attribute_prohibited",
    .description = "An organization-, sponsor- or individual-validated S/MIME certificate subject must not contain an attribute its profile prohibits.",
    .citation = "S/MIME BRs: 7.1.4.2.4",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.prohibited_attribute",
};

class SmimeSubjectAttributeProhibited final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    const auto& p = smime_br::SubscriberProfile(c);
    return p && p->validation != smime_br::Validation::kMailbox;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const auto& p = *smime_br::SubscriberProfile(c);
    if (const auto* a = smime_br::FirstSubjectAttribute(c, p, smime_br::AttributeRule::kShallNot))
      return lint::Error(smime_br::AttributeName(a->oid) + " is prohibited in " + smime_br::ProfileName(p) + " subjects");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeSubjectAttributeProhibited);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
