// S/MIME BRs 7.1.4.2.4 and 7.1.4.2.5: organization- and sponsor-validated
// subjects SHALL contain organizationName and organizationIdentifier, in
// every generation.
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_smime_subject_organization_attributes_missing",
    .description = "An organization- or sponsor-validated S/MIME certificate subject must contain organizationName and organizationIdentifier.",
    .citation = "S/MIME BRs: 7.1.4.2.4",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.missing_required_attribute",
};

class SmimeSubjectOrganizationAttributesMissing final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    const auto& p = smime_br::SubscriberProfile(c);
    return p && (p->validation == smime_br::Validation::kOrganization || p->validation == smime_br::Validation::kSponsor);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    std::string missing;
    for (der::Input oid : {oid::kOrganizationName, oid::kOrganizationIdentifier})
      if (!c.subject.Has(oid)) missing += (missing.empty() ? "" : ", ") + smime_br::AttributeName(oid);
    if (missing.empty()) return lint::Pass();
    return lint::Error(smime_br::ProfileName(*smime_br::SubscriberProfile(c)) + " subject lacks " + missing);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeSubjectOrganizationAttributesMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
