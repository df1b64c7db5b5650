// RFC 5280 5.1.2.6: when there are no revoked certificates, the revoked
// certificates list MUST be absent. Checked on CRLs that revoke nothing:
// the TBSCertList must not contain a revokedCertificates SEQUENCE at all.
#include "lint/effective_dates.h"
#include "lint/registry.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_crl_revoked_certificates_field_must_be_empty",
    .description = "A CRL without revoked certificates must leave the revokedCertificates field out of its encoding.",
    .citation = "RFC 5280: 5.1.2.6",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .type = lint::ObjectType::kCrl,
};

class CrlRevokedCertificatesFieldMustBeEmpty final : public lint::CrlLint {
 public:
  bool CheckApplies(const x509::Crl& c) const override { return c.revoked.empty(); }
  lint::Result Execute(const x509::Crl& c) const override {
    if (c.has_revoked_field)
      return lint::Error("When there are no revoked certificates, the revoked certificates list\tMUST be absent.");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrlRevokedCertificatesFieldMustBeEmpty);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
