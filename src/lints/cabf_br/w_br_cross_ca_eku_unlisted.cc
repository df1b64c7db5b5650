// BRs 7.1.2.2.5 (Cross-Certified Subordinate CA Extended Key Usage -
// Restricted, TLS): a purpose the table does not name (it names serverAuth,
// clientAuth, emailProtection, codeSigning, timeStamping and
// anyExtendedKeyUsage) is NOT RECOMMENDED. That includes id-kp-OCSPSigning,
// which pkilint reports as prohibited (an error) under its own code: the
// rule text makes it a warning. Only under a declared cross type.
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
    .name = "w_br_cross_ca_eku_unlisted",
    .description = "A cross-certificate's restricted extKeyUsage should hold only the purposes BRs 7.1.2.2.5 names; NA unless a cross type is declared.",
    .citation = "BRs: 7.1.2.2.5",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    // A declared cross-certificate is judged by the TLS profile whatever its
    // extKeyUsage says (pkilint's --type does the same).
    .override_framework_filter = true,
    .peers = "pkilint:cabf.serverauth.cross_ca.unknown_eku_present;"
             "pkilint:cabf.serverauth.cross_ca.ocspsigning_eku_present",
    .requires_facts = lint::fact::kCa | lint::fact::kExtKeyUsage,
};

class CrossCaEkuUnlisted final : public br_profile::DeclaredTypeLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return cross() && c.IsCa() && br_profile::CrossEkuIsRestricted(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (der::Input purpose : c.ext_key_usage.purposes) {
      if (purpose == oid::kEkuServerAuth || purpose == oid::kEkuClientAuth || purpose == oid::kEkuEmailProtection ||
          purpose == oid::kEkuCodeSigning || purpose == oid::kEkuTimeStamping)
        continue;
      return lint::Warn("purpose " + der::OidToString(purpose));
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrossCaEkuUnlisted);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
