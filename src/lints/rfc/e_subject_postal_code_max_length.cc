// RFC 5280 Appendix A.1 upper bounds (ub-postal-code-length 16; X.520's
// postalCode is a DirectoryString of SIZE (1..ub-postal-code)): a subject
// postalCode may hold at most 16 characters.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/subject/values.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_subject_postal_code_max_length",
    .description = "Every subject postalCode must be at most 16 characters long.",
    .citation = "RFC 5280: A.1",
    .source = Source::kRfc5280,
    .effective = dates::kRFC2459Date,
};

class SubjectPostalCodeMaxLength final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::subject::CountGoStrings(c.subject, oid::kPostalCode) > 0;
  }
  Result Execute(const x509::Certificate& c) const override {
    return util::subject::AnyGoStringLongerThan(c.subject, oid::kPostalCode, 16) ? Error() : Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectPostalCodeMaxLength);
}  // namespace cair::lints
