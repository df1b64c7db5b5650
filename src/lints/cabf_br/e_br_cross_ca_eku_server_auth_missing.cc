// BRs 7.1.2.2.5 (Cross-Certified Subordinate CA Extended Key Usage -
// Restricted): id-kp-serverAuth MUST be present. A cross-certificate whose
// extKeyUsage holds anyExtendedKeyUsage is judged by the anyExtendedKeyUsage
// lints instead (7.1.2.2.4). Only under a declared cross type.
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
    .name = "e_br_cross_ca_eku_server_auth_missing",
    .description = "A cross-certificate's restricted extKeyUsage must include id-kp-serverAuth; NA unless a cross type is declared.",
    .citation = "BRs: 7.1.2.2.5",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    // A declared cross-certificate is judged by the TLS profile whatever its
    // extKeyUsage says (pkilint's --type does the same).
    .override_framework_filter = true,
    .peers = "pkilint:cabf.serverauth.cross_ca.serverauth_eku_absent",
    .requires_facts = lint::fact::kCa | lint::fact::kExtKeyUsage,
};

class CrossCaEkuServerAuthMissing final : public br_profile::DeclaredTypeLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return cross() && c.IsCa() && br_profile::CrossEkuIsRestricted(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.ext_key_usage.Has(oid::kEkuServerAuth) ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrossCaEkuServerAuthMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
