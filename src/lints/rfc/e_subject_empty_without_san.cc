// RFC 5280 4.2 and 4.2.1.6: when the only subject identity is an alternative
// name form, the subject is an empty sequence and the subjectAltName
// extension MUST be present (and critical); an empty subject without it
// leaves the certificate naming nobody.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subject_empty_without_san",
    .description = "A certificate whose subject is empty must carry a subjectAltName extension.",
    .citation = "RFC 5280: 4.2 & 4.2.1.6",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
};

class SubjectEmptyWithoutSan final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.subject.empty() && !c.HasExtension(oid::kSubjectAltName) ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectEmptyWithoutSan);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
