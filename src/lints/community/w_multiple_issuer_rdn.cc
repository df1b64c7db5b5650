// Community rule (from AWS Labs certlint): each RelativeDistinguishedName of
// the issuer name should hold exactly one attribute; multi-valued RDNs (several
// attributes in one SET) are poorly supported and often an encoding mistake.
#include "lint/registry.h"
#include "lints/util/subject/values.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_multiple_issuer_rdn",
    .description = "Each issuer RDN should hold a single attribute.",
    .citation = "certlint: awslabs/certlint",
    .source = lint::Source::kCommunity,
};

class IssuerMultipleRdn final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (!c.issuer.ok) return lint::Fatal("issuer is not a well-formed RDNSequence");
    return util::subject::HasMultiValuedRdn(c.issuer) ? lint::Warn() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IssuerMultipleRdn);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
