// S/MIME BRs 7.1.4.2.2 (e): subject:givenName and subject:surname SHALL NOT be
// present when subject:pseudonym is.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_smime_subject_pseudonym_with_personal_name",
    .description = "An S/MIME subscriber certificate subject must not combine pseudonym with givenName or surname.",
    .citation = "S/MIME BRs: 7.1.4.2.2",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.mixed_name_and_pseudonym_attributes",
    .requires_facts = lint::fact::kNotCa | lint::fact::kCertificatePolicies | lint::fact::kSubjectPseudonym,
};

class SmimeSubjectPseudonymWithPersonalName final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return smime_br::SubscriberProfile(c).has_value() && c.subject.Has(oid::kPseudonym);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (c.subject.Has(oid::kGivenName) || c.subject.Has(oid::kSurname))
      return lint::Error("the subject holds a pseudonym together with givenName or surname");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeSubjectPseudonymWithPersonalName);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
