// BRs 7.1.2.10.6 (CA Certificate Extended Key Usage), for the TLS subordinate
// CA profiles (7.1.2.5, 7.1.2.6): id-kp-serverAuth MUST be present and
// id-kp-clientAuth MAY; id-kp-codeSigning, id-kp-emailProtection,
// id-kp-OCSPSigning, anyExtendedKeyUsage and the Precertificate Signing
// purpose MUST NOT (any other value: w_br_tls_ca_eku_unlisted). The
// Precertificate Signing purpose makes the certificate a precertificate signing
// CA (br_profile.h), whose own EKU rule is e_br_precert_signing_ca_eku_not_precert_only.
#include "lint/registry.h"
#include "lints/util/br_declared_type.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_tls_ca_eku_prohibited",
    .description = "A TLS subordinate CA's extKeyUsage must not include codeSigning, emailProtection, OCSPSigning or anyExtendedKeyUsage.",
    .citation = "BRs: 7.1.2.10.6",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.ca.codesigning_eku_present;pkilint:cabf.serverauth.ca.emailprotection_eku_present;pkilint:cabf.serverauth.ca.ocspsigning_eku_present;pkilint:cabf.serverauth.ca.anyeku_eku_present",
    .requires_facts = lint::fact::kCa | lint::fact::kExtKeyUsage,
};

class TlsCaEkuProhibited final : public br_profile::DeclaredTypeLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return !cross() && c.ext_key_usage.present && br_profile::IsTlsCa(br_profile::Detect(c));
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (der::Input purpose : c.ext_key_usage.purposes) {
      if (purpose == oid::kEkuCodeSigning) return lint::Error("id-kp-codeSigning present");
      if (purpose == oid::kEkuEmailProtection) return lint::Error("id-kp-emailProtection present");
      if (purpose == oid::kEkuOcspSigning) return lint::Error("id-kp-OCSPSigning present");
      if (purpose == oid::kAnyExtendedKeyUsage) return lint::Error("anyExtendedKeyUsage present");
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, TlsCaEkuProhibited);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
