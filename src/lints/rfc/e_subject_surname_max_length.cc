// RFC 5280 Appendix A.1: surname is an X520name, a DirectoryString of SIZE
// (1..ub-name) with ub-name 32768; the upper bounds are mandatory.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/subject/values.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subject_surname_max_length",
    .description = "Every subject surname must be at most 32768 characters long.",
    .citation = "RFC 5280: A.1",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .requires_facts = lint::fact::kSubjectSurname,
};

class SubjectSurnameMaxLength final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::subject::SubjectHasGoString(c, oid::kSurname);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::subject::SubjectGoStringLongerThan(c, oid::kSurname, 32768) ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectSurnameMaxLength);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
