// RFC 5280 4.2.1.13 CRL Distribution Points: when present,
// DistributionPointName SHOULD include at least one LDAP or HTTP URI.
#include <optional>
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/uri/parse.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_distribution_point_missing_ldap_or_uri",
    .description = "The cRLDistributionPoints extension should name at least one http:// or ldap:// URI.",
    .citation = "RFC 5280: 4.2.1.13",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .requires_facts = lint::fact::kCrlDistributionPoints,
};

class DistributionPointMissingLdapOrUri final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::LastExtension(c, oid::kCrlDistributionPoints) != nullptr;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    // URIs in a fullName of any distribution point of any such extension.
    const x509::Extension* first = c.FindExtension(oid::kCrlDistributionPoints);
    for (const auto& e : c.extensions) {
      if (e.oid != oid::kCrlDistributionPoints) continue;
      std::optional<x509::CrlDistributionPoints> own;
      if (&e != first) own = x509::ParseCrlDistributionPoints(e);
      const x509::CrlDistributionPoints& cdp = own ? *own : c.crl_dp;
      for (const auto& point : cdp.points) {
        if (!point.name_is_full) continue;
        for (const auto& g : point.full_name.names)
          if (g.tag.number == 6 && util::uri::IsHttpOrLdapUri(g.value.AsStringView())) return lint::Pass();
      }
    }
    return lint::Warn();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DistributionPointMissingLdapOrUri);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
