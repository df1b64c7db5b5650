// Community rule (from AWS Labs certlint): an AttributeValue of a naming
// attribute in the issuer name should not start with whitespace, which breaks
// name chaining and display.
#include "lint/registry.h"
#include "lints/util/subject/values.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_issuer_dn_leading_whitespace",
    .description = "Issuer naming attribute values should not begin with whitespace.",
    .citation = "certlint: awslabs/certlint",
    .source = lint::Source::kCommunity,
};

class IssuerDnLeadingWhitespace final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (!c.issuer.ok) return lint::Fatal("issuer is not a well-formed RDNSequence");
    return util::subject::IssuerDnWhitespace(c).leading ? lint::Warn() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IssuerDnLeadingWhitespace);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
