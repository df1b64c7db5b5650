// BRs 7.1.2.7.11 (Subscriber Certificate Key Usage, table for ECC keys):
// keyAgreement is permitted but NOT RECOMMENDED.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_cabf_ecc_ku_keyagreement_present",
    .description = "A subscriber certificate with an ECC key should not assert keyAgreement.",
    .citation = "BRs: 7.1.2.7.11",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABFBRs_2_0_0_Date,
    .requires_facts = lint::fact::kNotCa | lint::fact::kEcKey | lint::fact::kKeyUsage,
};

class CabfEccKuKeyAgreementPresent final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::KeyAlgorithm(c) == util::zcrypto::KeyAlg::kEcdsa && c.HasExtension(oid::kKeyUsage) &&
           util::cert::IsSubscriberCert(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (util::zcrypto::HasKeyUsage(util::zcrypto::KeyUsage(c), x509::kKeyAgreement))
      return lint::Warn("KeyAgreement key usage is not recommended for certificates with ECC public keys");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CabfEccKuKeyAgreementPresent);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
