// RFC 5280 4.1.2.8: CAs conforming to the profile MUST NOT generate
// certificates with issuer or subject unique identifiers.
#include "lint/effective_dates.h"
#include "lint/registry.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cert_contains_unique_identifier",
    .description = "A certificate must carry neither an issuerUniqueID nor a subjectUniqueID.",
    .citation = "RFC 5280: 4.1.2.8",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
};

class CertContainsUniqueIdentifier final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (c.has_issuer_unique_id || c.has_subject_unique_id) return lint::Error();
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CertContainsUniqueIdentifier);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
