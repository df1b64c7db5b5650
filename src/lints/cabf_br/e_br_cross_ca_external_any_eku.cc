// BRs 7.1.2.2.5 (Cross-Certified Subordinate CA Extended Key Usage -
// Restricted): anyExtendedKeyUsage MUST NOT be present. The extKeyUsage may
// be unrestricted (7.1.2.2.4) only when the cross-certified CA is operated by
// the issuer's organization or an affiliate: a declared cross-external
// certificate must be restricted.
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
    .name = "e_br_cross_ca_external_any_eku",
    .description = "An external cross-certificate's extKeyUsage must not include anyExtendedKeyUsage; NA unless cross-external is declared.",
    .citation = "BRs: 7.1.2.2.3; BRs: 7.1.2.2.5",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    // A declared cross-certificate is judged by the TLS profile whatever its
    // extKeyUsage says (pkilint's --type does the same).
    .override_framework_filter = true,
    .peers = "pkilint:cabf.serverauth.cross_ca.external_anyeku_present",
    .requires_facts = lint::fact::kCa | lint::fact::kExtKeyUsage,
};

class CrossCaExternalAnyEku final : public br_profile::DeclaredTypeLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return br_profile::IsExternalCross(declared()) && c.IsCa() && c.ext_key_usage.present;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.ext_key_usage.Has(oid::kAnyExtendedKeyUsage) ? lint::Error("anyExtendedKeyUsage present") : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrossCaExternalAnyEku);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
