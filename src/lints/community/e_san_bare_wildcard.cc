// awslabs certlint: a wildcard must be followed by the rest of a name (the
// "*" label stands for one label of a longer name, RFC 6125 6.4.3). Flagged:
// a subjectAltName dNSName ending in '*'.
#include "lint/registry.h"
#include "lints/util/dns_names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_san_bare_wildcard",
    .description = "subjectAltName dNSNames must not end with a wildcard character.",
    .citation = "awslabs certlint",
    .source = Source::kCommunity,
};

class SanBareWildcard final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kSubjectAltName);
  }
  Result Execute(const x509::Certificate& c) const override {
    util::AltNameView san(c, oid::kSubjectAltName);
    const bool ok = san.ForEach(util::kTagDnsName, [](std::string_view d) {
      return d.empty() || d.back() != '*';
    });
    return ok ? Pass() : Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SanBareWildcard);
}  // namespace cair::lints
