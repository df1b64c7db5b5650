// CS BRs 7.1.4.2.3(f): a non-EV code signing certificate's subject has a
// countryName holding an ISO 3166-1 alpha-2 code (or "XX" where no code
// exists).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/cs/policies.h"
#include "lints/util/subject/attributes.h"
#include "lints/util/subject/values.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cs_subject_country_name",
    .description = "A non-EV code signing certificate's subject countryName must be present and be an ISO 3166-1 alpha-2 code or XX.",
    .citation = "CS BRs: 7.1.4.2.3.f",
    .source = lint::Source::kCabfCsBr,
    .effective = lint::dates::kCABF_CS_BRs_1_2_Date,
    .requires_facts = lint::fact::kNotCa,
};

class CsSubjectCountryName final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubscriberCert(c) && !util::cs::IsEvCodeSigning(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const auto country = util::subject::FirstGoString(c.subject, oid::kCountryName);
    if (!country) return lint::Error("the subject has no countryName");
    if (!util::subject::IsIsoCountryCode(*country) && *country != "XX")
      return lint::Error("the subject countryName is not an ISO 3166-1 alpha-2 code");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CsSubjectCountryName);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
