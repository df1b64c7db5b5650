// RFC 5280 Appendix A.1 upper bounds (ub-postal-code-length 16; X.520's
// postalCode is a DirectoryString of SIZE (1..ub-postal-code)): a subject
// postalCode may hold at most 16 characters.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/subject/values.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subject_postal_code_max_length",
    .description = "Every subject postalCode must be at most 16 characters long.",
    .citation = "RFC 5280: A.1",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .requires_facts = lint::fact::kSubjectPostalCode,
};

class SubjectPostalCodeMaxLength final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::subject::SubjectHasGoString(c, oid::kPostalCode);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::subject::SubjectGoStringLongerThan(c, oid::kPostalCode, 16) ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectPostalCodeMaxLength);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
