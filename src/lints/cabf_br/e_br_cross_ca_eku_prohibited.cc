// BRs 7.1.2.2.5 (Cross-Certified Subordinate CA Extended Key Usage -
// Restricted, TLS): id-kp-emailProtection, id-kp-codeSigning and
// id-kp-timeStamping MUST NOT be present. (anyExtendedKeyUsage has its own
// lints; id-kp-OCSPSigning falls under "any other value", NOT RECOMMENDED:
// w_br_cross_ca_eku_unlisted.) Only under a declared cross type.
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
    .name = "e_br_cross_ca_eku_prohibited",
    .description = "A cross-certificate's restricted extKeyUsage must not include emailProtection, codeSigning or timeStamping; NA unless a cross type is declared.",
    .citation = "BRs: 7.1.2.2.5",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    // A declared cross-certificate is judged by the TLS profile whatever its
    // extKeyUsage says (pkilint's --type does the same).
    .override_framework_filter = true,
    .peers = "pkilint:cabf.serverauth.cross_ca.emailprotection_eku_present;"
             "pkilint:cabf.serverauth.cross_ca.codesigning_eku_present;"
             "pkilint:cabf.serverauth.cross_ca.timestamping_eku_present",
    .requires_facts = lint::fact::kCa | lint::fact::kExtKeyUsage,
};

class CrossCaEkuProhibited final : public br_profile::DeclaredTypeLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return cross() && c.IsCa() && br_profile::CrossEkuIsRestricted(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (der::Input purpose : c.ext_key_usage.purposes) {
      if (purpose == oid::kEkuEmailProtection) return lint::Error("id-kp-emailProtection present");
      if (purpose == oid::kEkuCodeSigning) return lint::Error("id-kp-codeSigning present");
      if (purpose == oid::kEkuTimeStamping) return lint::Error("id-kp-timeStamping present");
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrossCaEkuProhibited);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
