// S/MIME BRs 7.1.4.2.5 / 7.1.4.2.6: outside the legacy generation, an
// individual-validated or sponsor-validated subject includes subject:givenName
// and/or subject:surname, or subject:pseudonym.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime/policy.h"
#include "lints/util/subject/values.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_invalid_individual_identity",
    .description = "Multipurpose and strict individual- and sponsor-validated S/MIME certificates must name the person (givenName or surname) or give a pseudonym.",
    .citation = "S/MIME BRs: 7.1.4.2.5 and 7.1.4.2.6",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
};

class InvalidIndividualIdentity final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    const auto& p = util::smime::ProfileOf(c);
    return util::zcrypto::IsSubscriber(c) && !p.legacy() && (p.individual() || p.sponsor());
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const bool pseudonym = c.subject.Has(oid::kPseudonym);
    const bool personal = util::subject::SubjectHasGoString(c, oid::kGivenName) ||
                          util::subject::SubjectHasGoString(c, oid::kSurname);
    if (!pseudonym && !personal)
      return lint::Error("Non-Legacy IV and SV S/MIME certificates MUST contain either a Personal Name or a Pseudonym");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, InvalidIndividualIdentity);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
