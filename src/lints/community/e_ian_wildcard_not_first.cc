// awslabs certlint: a wildcard may only appear as the first character of a
// name (the left-most label, as in "*.example.com"; not "www.*.com").
#include "lint/registry.h"
#include "lints/util/dns_names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_ian_wildcard_not_first",
    .description = "issuerAltName dNSNames may contain '*' only as their first character.",
    .citation = "awslabs certlint",
    .source = Source::kCommunity,
};

class IanWildcardNotFirst final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kIssuerAltName);
  }
  Result Execute(const x509::Certificate& c) const override {
    util::AltNameView ian(c, oid::kIssuerAltName);
    const bool ok = ian.ForEach(util::kTagDnsName, [](std::string_view d) {
      return d.size() < 2 || d.find('*', 1) == std::string_view::npos;
    });
    return ok ? Pass() : Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IanWildcardNotFirst);
}  // namespace cair::lints
