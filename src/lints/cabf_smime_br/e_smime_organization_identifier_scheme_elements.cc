// S/MIME BRs 7.1.4.2.2 (d) and Appendix A: what each Registration Scheme of
// subject:organizationIdentifier (SSSCC[+SP][-reference]) carries.
//   NTR  an ISO 3166 country, a state or province MAY follow, a reference
//   VAT  an ISO 3166 country (or EL, XI), no state or province, a reference
//   PSD  an ISO 3166 country, no state or province, a reference
//   LEI  the global country code XG, no state or province, a reference
//   GOV  an ISO 3166 country, a state or province MAY follow, no reference
//   INT  the global country code XG, no state or province, no reference
// Values that are not of the SSSCC[+SP][-reference] form are
// e_smime_organization_identifier_format's; other schemes (national "XX:")
// are not checked here. pkilint reports each element under its own code.
#include <string>
#include <string_view>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_br_profile.h"
#include "lints/util/subject/attributes.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_smime_organization_identifier_scheme_elements",
    .description = "An S/MIME organizationIdentifier must carry the country, state or province and registration "
                   "reference its scheme (NTR, VAT, PSD, LEI, GOV, INT) calls for.",
    .citation = "S/MIME BRs: 7.1.4.2.2, Appendix A",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.invalid_organization_identifier_country;"
             "pkilint:cabf.invalid_subject_organization_identifier_state_province_for_scheme;"
             "pkilint:cabf.organization_identifier_reference_missing_for_scheme;"
             "pkilint:cabf.smime.prohibited_organization_identifier_reference_present_for_scheme",
    .requires_facts =
        lint::fact::kNotCa | lint::fact::kCertificatePolicies | lint::fact::kSubjectOrganizationIdentifier,
};

struct Scheme {
  std::string_view name;
  enum Country { kIso, kIsoOrVatExtra, kGlobal } country;
  bool state_allowed, reference_required;
};
constexpr Scheme kSchemes[] = {
    {"NTR", Scheme::kIso, true, true},    {"VAT", Scheme::kIsoOrVatExtra, false, true},
    {"PSD", Scheme::kIso, false, true},   {"LEI", Scheme::kGlobal, false, true},
    {"GOV", Scheme::kIso, true, false},   {"INT", Scheme::kGlobal, false, false},
};

// The first element of `value` its scheme does not allow, "" when none.
std::string SchemeProblem(std::string_view value) {
  if (value.size() < 5) return "";
  const std::string_view scheme = value.substr(0, 3), country = value.substr(3, 2);
  const Scheme* s = nullptr;
  for (const Scheme& k : kSchemes)
    if (k.name == scheme) s = &k;
  if (s == nullptr) return "";
  const size_t dash = value.find('-', 5);
  const bool state = value.size() > 5 && value[5] == '+';
  const bool reference = dash != std::string_view::npos && dash + 1 < value.size();
  const bool country_ok = s->country == Scheme::kGlobal
                              ? country == "XG"
                              : country != "XX" && (util::subject::IsIsoCountryCode(country) ||
                                                    (s->country == Scheme::kIsoOrVatExtra &&
                                                     (country == "EL" || country == "XI")));
  const std::string what = std::string(scheme) + " organizationIdentifier \"" + std::string(value) + "\" ";
  if (!country_ok)
    return what + (s->country == Scheme::kGlobal ? "must use the global country code XG"
                                                  : "does not name an ISO 3166 country");
  if (state && !s->state_allowed) return what + "must not name a state or province";
  if (!reference && s->reference_required) return what + "lacks its registration reference";
  if (reference && !s->reference_required) return what + "must not carry a registration reference";
  return "";
}

class SmimeOrganizationIdentifierSchemeElements final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.subject.Has(oid::kOrganizationIdentifier) && smime_br::SubscriberProfile(c).has_value();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const auto* a : c.subject.Find(oid::kOrganizationIdentifier))
      if (std::string problem = SchemeProblem(a->Utf8()); !problem.empty()) return lint::Error(problem);
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeOrganizationIdentifierSchemeElements);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
