// S/MIME BRs 7.1.4.2.5 and 7.1.4.2.6: sponsor- and individual-validated
// subjects SHALL name the person: by givenName and/or surname, or by
// pseudonym; in the legacy generation a commonName may stand in for them.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_smime_subject_personal_name_missing",
    .description = "A sponsor- or individual-validated S/MIME certificate subject must contain givenName, surname or pseudonym (legacy: or commonName).",
    .citation = "S/MIME BRs: 7.1.4.2.6",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.missing_required_attribute",
};

class SmimeSubjectPersonalNameMissing final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    const auto& p = smime_br::SubscriberProfile(c);
    return p && (p->validation == smime_br::Validation::kSponsor || p->validation == smime_br::Validation::kIndividual);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const auto& p = *smime_br::SubscriberProfile(c);
    if (c.subject.Has(oid::kGivenName) || c.subject.Has(oid::kSurname) || c.subject.Has(oid::kPseudonym))
      return lint::Pass();
    if (p.legacy() && c.subject.Has(oid::kCommonName)) return lint::Pass();
    return lint::Error(smime_br::ProfileName(p) + " subject names no person (no givenName, surname or pseudonym)");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeSubjectPersonalNameMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
