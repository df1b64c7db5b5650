// S/MIME BRs 7.1.4.2.2 (n): subject:countryName holds the two-letter ISO
// 3166-1 code of the subject's location (XX is accepted, as zlint does).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime/policy.h"
#include "lints/util/subject/attributes.h"
#include "lints/util/subject/values.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subject_country_name",
    .description = "Every subject countryName of an organization-, sponsor- or individual-validated S/MIME certificate must be an ISO 3166-1 alpha-2 code or XX.",
    .citation = "S/MIME BRs: 7.1.4.2.2n",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
};

class SmimeSubjectCountryName final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    const auto& p = util::smime::ProfileOf(c);
    return p.organization() || p.sponsor() || p.individual();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const bool ok = util::subject::ForEachGoString(c.subject, oid::kCountryName, [](std::string_view cc) {
      return util::subject::IsIsoCountryCode(cc) ||
             (cc.size() == 2 && (cc[0] == 'x' || cc[0] == 'X') && (cc[1] == 'x' || cc[1] == 'X'));
    });
    return ok ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeSubjectCountryName);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
