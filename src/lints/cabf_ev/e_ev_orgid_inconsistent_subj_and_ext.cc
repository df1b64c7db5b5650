// EVGs 9.2.8 and 9.8.2: the cabfOrganizationIdentifier extension repeats
// the scheme, country, state and reference of the subject's
// organizationIdentifier (for the PSD scheme, the reference after the NCA
// part).
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/domains.h"
#include "lints/util/ev/org_id.h"
#include "lints/util/subject/values.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ev_orgid_inconsistent_subj_and_ext",
    .description = "An EV certificate's cabfOrganizationIdentifier extension must agree with its subject organizationIdentifier.",
    .citation = "EVGs: 9.2.8 and 9.8.2",
    .source = lint::Source::kCabfEv,
    .effective = lint::dates::kCABFEV_Sec9_2_8_Date,
    .requires_facts = lint::fact::kNonBrPolicy | lint::fact::kCabfOrganizationIdentifier |
                      lint::fact::kCertificatePolicies | lint::fact::kSubjectOrganizationIdentifier,
};

class EvOrgIdInconsistent final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::dns::IsEvCert(c) && util::subject::CountGoStrings(c.subject, oid::kOrganizationIdentifier) > 0 &&
           c.HasExtension(oid::kCabfOrganizationIdentifier);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const std::string text = *util::subject::FirstGoString(c.subject, oid::kOrganizationIdentifier);
    const util::ev::OrgId ext = util::ev::CabfOrgIdExtension(c).value_or(util::ev::OrgId{});
    const auto plain = util::ev::ParseSubjectOrgId(text, /*psd=*/false);
    if (!plain) return lint::Error("the subject organizationIdentifier does not have the EV Guidelines syntax");
    if (*plain == ext) return lint::Pass();
    if (plain->scheme != "PSD")
      return lint::Error("the cabfOrganizationIdentifier extension does not match the subject organizationIdentifier");
    const auto psd = util::ev::ParseSubjectOrgId(text, /*psd=*/true);
    if (!psd) return lint::Error("the subject organizationIdentifier does not have the EV Guidelines syntax");
    if (*psd == ext) return lint::Pass();
    return lint::Error("the cabfOrganizationIdentifier extension does not match the subject organizationIdentifier");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EvOrgIdInconsistent);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
