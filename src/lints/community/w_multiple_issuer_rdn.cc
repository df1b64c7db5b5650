// Community rule (from AWS Labs certlint): each RelativeDistinguishedName of
// the issuer name should hold exactly one attribute; multi-valued RDNs (several
// attributes in one SET) are poorly supported and often an encoding mistake.
#include "lint/registry.h"
#include "lints/util/subject/values.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "w_multiple_issuer_rdn",
    .description = "Each issuer RDN should hold a single attribute.",
    .citation = "awslabs certlint",
    .source = Source::kCommunity,
};

class IssuerMultipleRdn final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  Result Execute(const x509::Certificate& c) const override {
    if (!c.issuer.ok) return Fatal("issuer is not a well-formed RDNSequence");
    return util::subject::HasMultiValuedRdn(c.issuer) ? Warn() : Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IssuerMultipleRdn);
}  // namespace cair::lints
