// BRs 7.1.2.1.2: the root CA certificate profile lists its extensions; "any other
// extension" is NOT RECOMMENDED.
#include <string>

#include "der/values.h"
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_br_root_extension_unlisted",
    .description = "A root CA certificate should carry only the extensions its BR 7.1.2 profile lists.",
    .citation = "BRs: 7.1.2.1.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.root.unknown_extension_present",
    .requires_facts = lint::fact::kSelfIssued,
};

class RootExtensionUnlisted final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return br_profile::Detect(c) == br_profile::Type::kRoot;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const x509::Extension* e = br_profile::FirstUnlistedExtension(c);
    return e ? lint::Warn("extension " + der::OidToString(e->oid)) : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RootExtensionUnlisted);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
