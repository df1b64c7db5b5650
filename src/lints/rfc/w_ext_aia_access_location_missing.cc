// RFC 5280 4.2.2.1 Authority Information Access: when the id-ad-caIssuers
// accessMethod is used, at least one instance SHOULD specify an accessLocation
// that is an HTTP or LDAP URI.
#include <optional>
#include <string_view>
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/uri/parse.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_ext_aia_access_location_missing",
    .description = "When caIssuers URIs are given in authorityInfoAccess, at least one should be an http:// or ldap:// URI.",
    .citation = "RFC 5280: 4.2.2.1",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .requires_facts = lint::fact::kAuthorityInfoAccess,
};

// Calls f(uri) for each caIssuers access location that is a
// uniformResourceIdentifier, in every authorityInfoAccess extension, until f
// returns false.
template <typename F>
void ForEachCaIssuersUri(const x509::Certificate& c, F&& f) {
  const x509::Extension* first = c.FindExtension(oid::kAuthorityInfoAccess);
  for (const auto& e : c.extensions) {
    if (e.oid != oid::kAuthorityInfoAccess) continue;
    std::optional<x509::InfoAccess> own;
    if (&e != first) own = x509::ParseInfoAccess(e);
    const x509::InfoAccess& ia = own ? *own : c.aia;
    for (const auto& d : ia.descriptions)
      if (d.method == oid::kAdCaIssuers && d.location.tag.number == 6 &&
          !f(d.location.value.AsStringView()))
        return;
  }
}

class ExtAiaAccessLocationMissing final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    if (!util::zcrypto::LastExtension(c, oid::kAuthorityInfoAccess)) return false;
    bool any = false;
    ForEachCaIssuersUri(c, [&](std::string_view) {
      any = true;
      return false;
    });
    return any;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    bool found = false;
    ForEachCaIssuersUri(c, [&](std::string_view uri) {
      found = util::uri::IsHttpOrLdapUri(uri);
      return !found;
    });
    return found ? lint::Pass() : lint::Warn();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExtAiaAccessLocationMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
