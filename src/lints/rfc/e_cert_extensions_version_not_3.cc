// RFC 5280 4.1.2.9: the extensions field MUST only appear if the version is
// 3 (4.1.2.1).
#include "lint/effective_dates.h"
#include "lint/registry.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cert_extensions_version_not_3",
    .description = "A certificate that carries extensions must be a version 3 certificate.",
    .citation = "RFC 5280: 4.1.2.9",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
};

class CertExtensionsVersionNot3 final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    // Encoded version 2 is v3.
    if (c.version != 2 && !c.extensions.empty()) return lint::Error();
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CertExtensionsVersionNot3);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
