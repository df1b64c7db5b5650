// BRs 7.1.2.6.1: the subordinate CA certificate profile lists its extensions; "any other
// extension" is NOT RECOMMENDED. (Subordinate CAs: 7.1.2.4.1, 7.1.2.5.1 and
// 7.1.2.6.1 list the same extensions, the SCT list excepted for precertificate
// signing CAs.)
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
    .name = "w_br_ca_extension_unlisted",
    .description = "A subordinate CA certificate should carry only the extensions its BR 7.1.2 profile lists.",
    .citation = "BRs: 7.1.2.6.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.ca.unknown_extension_present",
    .requires_facts = lint::fact::kCa,
};

class CaExtensionUnlisted final : public br_profile::DeclaredTypeLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return !cross() && br_profile::IsSubordinateCa(br_profile::Detect(c));
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const x509::Extension* e = br_profile::FirstUnlistedExtension(c);
    return e ? lint::Warn("extension " + der::OidToString(e->oid)) : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CaExtensionUnlisted);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
