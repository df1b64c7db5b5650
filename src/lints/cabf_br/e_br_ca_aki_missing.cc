// BRs 7.1.2.3.2, 7.1.2.4.1, 7.1.2.5.1, 7.1.2.6.1 (the subordinate CA profiles'
// extension tables): authorityKeyIdentifier MUST be present. (A root's is
// only RECOMMENDED: w_br_root_aki_missing.)
#include "lint/registry.h"
#include "lints/util/br_declared_type.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_ca_aki_missing",
    .description = "A subordinate CA certificate must include the authorityKeyIdentifier extension.",
    .citation = "BRs: 7.1.2.6.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    // Not every certificate of this profile is serverAuth-capable; the
    // profile applies to it all the same (pkilint's TLS validator checks it).
    .override_framework_filter = true,
    .peers = "pkilint:cabf.serverauth.ca.authority_key_identifier_extension_absent",
    .requires_facts = lint::fact::kCa,
};

class CaAkiMissing final : public br_profile::DeclaredTypeLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return !cross() && br_profile::IsSubordinateCa(br_profile::Detect(c));
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kAuthorityKeyIdentifier) ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CaAkiMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
