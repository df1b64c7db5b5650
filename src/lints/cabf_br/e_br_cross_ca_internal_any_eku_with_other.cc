// BRs 7.1.2.2.4 (Cross-Certified Subordinate CA Extended Key Usage -
// Unrestricted): an internal cross-certificate's extKeyUsage may be
// unrestricted, anyExtendedKeyUsage then being its only purpose; beside other
// purposes it is neither the unrestricted table nor the restricted one
// (7.1.2.2.5 forbids it).
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
    .name = "e_br_cross_ca_internal_any_eku_with_other",
    .description = "An internal cross-certificate's extKeyUsage must not combine anyExtendedKeyUsage with other purposes; NA unless cross-internal is declared.",
    .citation = "BRs: 7.1.2.2.4; BRs: 7.1.2.2.5",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    // A declared cross-certificate is judged by the TLS profile whatever its
    // extKeyUsage says (pkilint's --type does the same).
    .override_framework_filter = true,
    .peers = "pkilint:cabf.serverauth.cross_ca.internal_with_anyeku_and_other_eku",
    .requires_facts = lint::fact::kCa | lint::fact::kExtKeyUsage,
};

class CrossCaInternalAnyEkuWithOther final : public br_profile::DeclaredTypeLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return br_profile::IsInternalCross(declared()) && c.IsCa() && c.ext_key_usage.present;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (!c.ext_key_usage.Has(oid::kAnyExtendedKeyUsage) || c.ext_key_usage.purposes.size() == 1) return lint::Pass();
    return lint::Error("anyExtendedKeyUsage and " + std::to_string(c.ext_key_usage.purposes.size() - 1) +
                       " other purpose(s)");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrossCaInternalAnyEkuWithOther);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
