// BRs 7.1.4.2.2 (subject:countryName): when present, the field MUST contain
// the two-letter ISO 3166-1 country code of the subject's location, or "XX"
// where the country has no ISO code.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/subject/attributes.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subject_country_not_iso",
    .description = "Every subject countryName must be an ISO 3166-1 alpha-2 code or XX.",
    .citation = "BRs: 7.1.4.2.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .peers = "certlint:Invalid country in countryName",
};

class SubjectCountryNotIso final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const auto& a : c.subject.attributes)
      if (util::subject::SameOid(a.oid, oid::kCountryName) && util::subject::IsZcryptoString(a) &&
          !util::subject::IsIsoCountryCode(util::subject::ZcryptoString(a)))
        return lint::Error();
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectCountryNotIso);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
