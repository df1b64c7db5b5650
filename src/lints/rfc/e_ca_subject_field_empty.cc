// RFC 5280 4.1.2.6: when the subject is a CA (basicConstraints cA TRUE), the
// subject field MUST hold a non-empty distinguished name, matching the issuer
// field of the certificates that CA issues.
#include "lint/effective_dates.h"
#include "lint/registry.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ca_subject_field_empty",
    .description = "A CA certificate's subject must be a non-empty distinguished name.",
    .citation = "RFC 5280: 4.1.2.6",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .requires_facts = lint::fact::kCa,
};

class CaSubjectFieldEmpty final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return c.IsCa(); }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.subject.empty() ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CaSubjectFieldEmpty);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
