// BRs 7.1.2.4.2 (Precertificate Signing CA Extended Key Usage): the
// Precertificate Signing purpose (1.3.6.1.4.1.11129.2.4.4, RFC 6962 3.1)
// MUST be present and every other purpose MUST NOT.
#include <string>

#include "der/values.h"
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_precert_signing_ca_eku_not_precert_only",
    .description = "A precertificate signing CA certificate's extKeyUsage must hold the Precertificate Signing "
                   "purpose and no other.",
    .citation = "BRs: 7.1.2.4.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.ca_precert_signing.unknown_eku_present",
    .requires_facts = lint::fact::kCa | lint::fact::kExtKeyUsage,
};

class PrecertSigningCaEkuNotPrecertOnly final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return br_profile::Detect(c) == br_profile::Type::kPrecertSigningCa;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (der::Input purpose : c.ext_key_usage.purposes)
      if (purpose != oid::kEkuPrecertSigning) return lint::Error("purpose " + der::OidToString(purpose));
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, PrecertSigningCaEkuNotPrecertOnly);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
