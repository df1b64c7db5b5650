// S/MIME BRs 7.1.4.2.4 to 7.1.4.2.6: in the multipurpose and strict
// generations only the attributes of the profile's table may appear in the
// subject (the legacy generation MAY add others).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_br_profile.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_smime_subject_attribute_unlisted",
    .description = "A multipurpose or strict organization-, sponsor- or individual-validated S/MIME certificate subject must hold only the attributes its profile lists.",
    .citation = "S/MIME BRs: 7.1.4.2.4",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.prohibited_attribute",
};

class SmimeSubjectAttributeUnlisted final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    const auto& p = smime_br::SubscriberProfile(c);
    return p && p->validation != smime_br::Validation::kMailbox && !smime_br::UnlistedAttributesAllowed(*p);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const auto& p = *smime_br::SubscriberProfile(c);
    if (const auto* a = smime_br::FirstSubjectAttribute(c, p, smime_br::AttributeRule::kUnlisted))
      return lint::Error(smime_br::AttributeName(a->oid) + " is not listed for " + smime_br::ProfileName(p) + " subjects");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeSubjectAttributeUnlisted);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
