// BRs 7.1.2.2.3 (Cross-Certified Subordinate CA Extensions): "any other
// extension" than those the table lists is NOT RECOMMENDED. The table lists
// the TLS subordinate CA's extensions (7.1.2.6.1), so br_profile's table of
// those decides. Only under a declared cross type.
#include <string>

#include "der/values.h"
#include "lint/registry.h"
#include "lints/util/br_declared_type.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_br_cross_ca_extension_unlisted",
    .description = "A cross-certificate should carry only the extensions BRs 7.1.2.2.3 lists; NA unless a cross type is declared.",
    .citation = "BRs: 7.1.2.2.3",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    // A declared cross-certificate is judged by the TLS profile whatever its
    // extKeyUsage says (pkilint's --type does the same).
    .override_framework_filter = true,
    .peers = "pkilint:cabf.serverauth.cross_ca.unknown_extension_present",
    .requires_facts = lint::fact::kCa,
};

class CrossCaExtensionUnlisted final : public br_profile::DeclaredTypeLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return cross() && c.IsCa(); }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const x509::Extension& e : c.extensions)
      if (!br_profile::ProfileListsExtension(br_profile::Type::kTlsCa, e.oid))
        return lint::Warn("extension " + der::OidToString(e.oid));
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrossCaExtensionUnlisted);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
