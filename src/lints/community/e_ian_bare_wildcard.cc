// awslabs certlint: a wildcard must be followed by the rest of a name (the
// "*" label stands for one label of a longer name, RFC 6125 6.4.3). Flagged:
// an issuerAltName dNSName ending in '*'.
#include "lint/registry.h"
#include "lints/util/dns_names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_ian_bare_wildcard",
    .description = "issuerAltName dNSNames must not end with a wildcard character.",
    .citation = "awslabs certlint",
    .source = Source::kCommunity,
};

class IanBareWildcard final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kIssuerAltName);
  }
  Result Execute(const x509::Certificate& c) const override {
    util::AltNameView ian(c, oid::kIssuerAltName);
    const bool ok = ian.ForEach(util::kTagDnsName, [](std::string_view d) {
      return d.empty() || d.back() != '*';
    });
    return ok ? Pass() : Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IanBareWildcard);
}  // namespace cair::lints
