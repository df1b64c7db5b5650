// RFC 5280 4.2.1.6: if the subject field is an empty sequence, the issuing CA
// MUST include a subjectAltName extension marked critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_san_not_critical_without_subject",
    .description = "A certificate with an empty subject must mark its subjectAltName extension critical.",
    .citation = "RFC 5280: 4.2.1.6",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .requires_facts = lint::fact::kSubjectAltName,
};

class ExtSanNotCriticalWithoutSubject final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kSubjectAltName);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    // The first subjectAltName extension decides, as in zlint.
    const x509::Extension* san = c.FindExtension(oid::kSubjectAltName);
    return c.subject.empty() && san && !san->critical ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExtSanNotCriticalWithoutSubject);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
