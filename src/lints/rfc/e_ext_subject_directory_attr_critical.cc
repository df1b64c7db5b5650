// RFC 5280 4.2.1.8: conforming CAs MUST mark the subject directory
// attributes extension as non-critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_ext_subject_directory_attr_critical",
    .description = "The subjectDirectoryAttributes extension must not be marked critical.",
    .citation = "RFC 5280: 4.2.1.8",
    .source = Source::kRfc5280,
    .effective = dates::kRFC2459Date,
};

class SubjectDirectoryAttrCritical final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kSubjectDirectoryAttributes);
  }
  Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::LastExtension(c, oid::kSubjectDirectoryAttributes)->critical ? Error() : Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectDirectoryAttrCritical);
}  // namespace cair::lints
