// S/MIME BRs Appendix A.1 (with 7.1.4.2.2): an organizationIdentifier of the
// form <3-letter scheme><2-letter country>... uses the same country code as
// subject:countryName; the international schemes INT and LEI carry none.
// Applies, as in zlint, to organization- and sponsor-validated certificates
// whose first countryName has two bytes and whose identifiers all start with
// the scheme/country pattern, not all of them international.
#include <vector>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime/policy.h"
#include "lints/util/subject/values.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_registration_scheme_id_matches_subject_country",
    .description = "The country code of a national registration scheme in subject:organizationIdentifier must equal subject:countryName.",
    .citation = "S/MIME BRs: Appendix A.1",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.org_identifier_and_country_name_attribute_inconsistent",
};

class RegistrationSchemeIdMatchesSubjectCountry final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    const auto country = util::subject::FirstGoString(c.subject, oid::kCountryName);
    if (!country || country->size() != 2) return false;
    bool all_international = true;
    const bool all_match = util::subject::ForEachGoString(c.subject, oid::kOrganizationIdentifier, [&](std::string_view id) {
      if (!SchemeAndCountry(id)) return false;
      all_international = all_international && IsInternational(id);
      return true;
    });
    if (!all_match || all_international) return false;
    const auto& p = util::smime::ProfileOf(c);
    return p.organization() || p.sponsor();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const std::string country = util::subject::FirstGoString(c.subject, oid::kCountryName).value_or("");
    const bool ok = util::subject::ForEachGoString(c.subject, oid::kOrganizationIdentifier, [&](std::string_view id) {
      return IsInternational(id) || id.substr(3, 2) == country;
    });
    if (ok) return lint::Pass();
    return lint::Error("the country code used in the Registration Scheme identifier SHALL match that of the subject:countryName");
  }

 private:
  // ^[A-Z]{3}[A-Z]{2}
  static bool SchemeAndCountry(std::string_view id) {
    if (id.size() < 5) return false;
    for (size_t i = 0; i < 5; ++i)
      if (id[i] < 'A' || id[i] > 'Z') return false;
    return true;
  }
  static bool IsInternational(std::string_view id) {
    return id.substr(0, 3) == "INT" || id.substr(0, 3) == "LEI";
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RegistrationSchemeIdMatchesSubjectCountry);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
