// ITU-T X.411 (1988) Annex B sets ub-common-name-length to 64. Software built
// to that bound may mishandle longer names, so a givenName should not exceed
// 64 characters even though RFC 5280's ub-name allows 32768.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/subject/values.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_subject_given_name_recommended_max_length",
    .description = "A subject givenName longer than 64 characters may break software built to X.411's 64-character name bound.",
    .citation = "X.411: Annex B (MTS parameter upper bounds)",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .requires_facts = lint::fact::kSubjectGivenName,
};

class SubjectGivenNameRecommendedMaxLength final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::subject::SubjectHasGoString(c, oid::kGivenName);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::subject::SubjectGoStringLongerThan(c, oid::kGivenName, 64) ? lint::Warn() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectGivenNameRecommendedMaxLength);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
