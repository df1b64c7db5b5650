// BRs 7.1.2.10.6 (CA Certificate Extended Key Usage), for the TLS subordinate
// CA profiles: any purpose the table does not list (id-kp-serverAuth,
// id-kp-clientAuth and the prohibited ones of e_br_tls_ca_eku_prohibited) is
// NOT RECOMMENDED.
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
    .name = "w_br_tls_ca_eku_unlisted",
    .description = "A TLS subordinate CA's extKeyUsage should hold only serverAuth and clientAuth.",
    .citation = "BRs: 7.1.2.10.6",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.ca.unknown_eku_present",
    .requires_facts = lint::fact::kCa | lint::fact::kExtKeyUsage,
};

class TlsCaEkuUnlisted final : public br_profile::DeclaredTypeLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return !cross() && c.ext_key_usage.present && br_profile::IsTlsCa(br_profile::Detect(c));
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (der::Input purpose : c.ext_key_usage.purposes) {
      if (purpose == oid::kEkuServerAuth || purpose == oid::kEkuClientAuth || purpose == oid::kEkuCodeSigning ||
          purpose == oid::kEkuEmailProtection || purpose == oid::kEkuOcspSigning ||
          purpose == oid::kAnyExtendedKeyUsage || purpose == oid::kEkuPrecertSigning)
        continue;
      return lint::Warn("purpose " + der::OidToString(purpose));
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, TlsCaEkuUnlisted);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
