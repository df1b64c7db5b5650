// BRs 7.1.1: certificates MUST be of type X.509 v3.
#include "lint/effective_dates.h"
#include "lint/registry.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_invalid_certificate_version",
    .description = "The certificate must be an X.509 version 3 certificate.",
    .citation = "BRs: 7.1.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABV130Date,
    .peers = "pkilint:pkix.certificate_version_is_not_v3;certlint:Old certificate version (not X.509v3);x509lint:Certificate not version 3",
};

class InvalidCertificateVersion final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.version == 2 ? lint::Pass() : lint::Error();  // the encoded value of v3 is 2
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, InvalidCertificateVersion);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
