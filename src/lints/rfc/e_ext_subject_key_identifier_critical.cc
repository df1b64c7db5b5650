// RFC 5280 4.2.1.2: conforming CAs MUST mark the subject key identifier
// extension as non-critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_subject_key_identifier_critical",
    .description = "The subjectKeyIdentifier extension must not be marked critical.",
    .citation = "RFC 5280: 4.2.1.2",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .requires_facts = lint::fact::kSubjectKeyIdentifier,
};

class SubjectKeyIdentifierCritical final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kSubjectKeyIdentifier);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::LastExtension(c, oid::kSubjectKeyIdentifier)->critical ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectKeyIdentifierCritical);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
