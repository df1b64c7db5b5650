// RFC 5280 4.1.2.5 (community check from certlint): the validity period runs
// from notBefore to notAfter, so notBefore must not be later than notAfter.
#include "lint/registry.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_validity_time_not_positive",
    .description = "A certificate's notBefore must not be later than its notAfter.",
    .citation = "certlint: awslabs/certlint",
    .source = lint::Source::kCommunity,
};

class ValidityTimeNotPositive final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.not_before.unix > c.not_after.unix ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ValidityTimeNotPositive);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
