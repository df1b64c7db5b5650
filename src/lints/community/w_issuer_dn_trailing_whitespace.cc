// Community rule (from AWS Labs certlint): an AttributeValue of a naming
// attribute in the issuer name should not end with whitespace, which breaks
// name chaining and display.
#include "lint/registry.h"
#include "lints/util/subject/values.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "w_issuer_dn_trailing_whitespace",
    .description = "Issuer naming attribute values should not end with whitespace.",
    .citation = "lint.AWSLabs certlint",
    .source = Source::kCommunity,
};

class IssuerDnTrailingWhitespace final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  Result Execute(const x509::Certificate& c) const override {
    if (!c.issuer.ok) return Fatal("issuer is not a well-formed RDNSequence");
    return util::subject::FindDnWhitespace(c.issuer).trailing ? Warn() : Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IssuerDnTrailingWhitespace);
}  // namespace cair::lints
