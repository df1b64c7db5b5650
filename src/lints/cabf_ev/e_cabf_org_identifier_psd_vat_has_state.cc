// EVGs 9.2.8 (ballot SC17): when the registration scheme of the
// cabfOrganizationIdentifier extension is PSD or VAT, its
// registrationStateOrProvince field is left out.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/ev/org_id.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cabf_org_identifier_psd_vat_has_state",
    .description = "A cabfOrganizationIdentifier extension with the PSD or VAT scheme must not include registrationStateOrProvince.",
    .citation = "EVGs: 9.2.8",
    .source = lint::Source::kCabfEv,
    .effective = lint::dates::kSC17EffectiveDate,
    .requires_facts = lint::fact::kCabfOrganizationIdentifier,
};

class CabfOrgIdPsdVatHasState final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    const auto id = util::ev::CabfOrgIdExtension(c);
    return id && (id->scheme == "PSD" || id->scheme == "VAT");
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (util::ev::CabfOrgIdExtension(c)->state.empty()) return lint::Pass();
    return lint::Error("the cabfOrganizationIdentifier extension has registrationStateOrProvince with the PSD or VAT scheme");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CabfOrgIdPsdVatHasState);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
