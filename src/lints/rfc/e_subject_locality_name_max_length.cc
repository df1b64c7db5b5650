// RFC 5280 Appendix A.1: X520LocalityName is a DirectoryString of SIZE
// (1..ub-locality-name), ub-locality-name being 128.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/subject/values.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subject_locality_name_max_length",
    .description = "Every subject localityName must be at most 128 characters long.",
    .citation = "RFC 5280: A.1",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .requires_facts = lint::fact::kSubjectLocality,
};

class SubjectLocalityNameMaxLength final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::subject::SubjectHasGoString(c, oid::kLocalityName);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::subject::SubjectGoStringLongerThan(c, oid::kLocalityName, 128) ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectLocalityNameMaxLength);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
