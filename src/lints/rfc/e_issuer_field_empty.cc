// RFC 5280 4.1.2.4: the issuer field identifies the entity that signed the
// certificate and MUST contain a non-empty distinguished name.
#include "lint/effective_dates.h"
#include "lint/registry.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_issuer_field_empty",
    .description = "The issuer field must be a non-empty distinguished name.",
    .citation = "RFC 5280: 4.1.2.4",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
};

class IssuerFieldEmpty final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.issuer.empty() ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IssuerFieldEmpty);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
