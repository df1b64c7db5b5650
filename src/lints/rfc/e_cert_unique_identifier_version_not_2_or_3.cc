// RFC 5280 4.1.2.8: the issuer and subject unique identifiers MUST only
// appear if the version is 2 or 3, and MUST NOT appear in a version 1
// certificate.
#include "lint/effective_dates.h"
#include "lint/registry.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cert_unique_identifier_version_not_2_or_3",
    .description = "Unique identifier fields may only appear in version 2 or version 3 certificates.",
    .citation = "RFC 5280: 4.1.2.8",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
};

class CertUniqueIdentifierVersion final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    // Encoded version 1 is v2, 2 is v3.
    const bool has_uid = c.has_issuer_unique_id || c.has_subject_unique_id;
    if (has_uid && c.version != 1 && c.version != 2) return lint::Error();
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CertUniqueIdentifierVersion);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
