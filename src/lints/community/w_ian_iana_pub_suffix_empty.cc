// awslabs certlint: a name should not be a bare public suffix. For the
// issuer alternative name zlint approximates this by the label count: a
// dNSName with fewer than three labels is reported.
#include "lint/registry.h"
#include "lints/util/dns_names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "w_ian_iana_pub_suffix_empty",
    .description = "issuerAltName dNSNames should have at least three labels (not a bare public suffix).",
    .citation = "awslabs certlint",
    .source = Source::kCommunity,
};

class IanIanaPubSuffixEmpty final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kIssuerAltName);
  }
  Result Execute(const x509::Certificate& c) const override {
    util::AltNameView ian(c, oid::kIssuerAltName);
    const bool ok = ian.ForEach(util::kTagDnsName, [](std::string_view d) {
      size_t labels = 0;
      util::ForEachLabel(d, [&](std::string_view) { return ++labels, true; });
      return labels >= 3;
    });
    return ok ? Pass() : Warn();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IanIanaPubSuffixEmpty);
}  // namespace cair::lints
