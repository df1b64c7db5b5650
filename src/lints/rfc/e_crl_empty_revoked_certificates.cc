// RFC 5280 5.1.2.6: when there are no revoked certificates, the
// revokedCertificates list MUST be absent. Flagged: a CRL that encodes the
// list as an empty SEQUENCE.
#include "lint/effective_dates.h"
#include "lint/registry.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_crl_empty_revoked_certificates",
    .description = "A CRL that revokes nothing must omit the revokedCertificates list instead of encoding it empty.",
    .citation = "RFC 5280: 5.1.2.6",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .type = lint::ObjectType::kCrl,
};

class CrlEmptyRevokedCertificates final : public lint::CrlLint {
 public:
  bool CheckApplies(const x509::Crl&) const override { return true; }
  lint::Result Execute(const x509::Crl& c) const override {
    if (c.has_revoked_field && c.revoked.empty())
      return lint::Error("CRL contains an empty revokedCertificates element");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrlEmptyRevokedCertificates);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
