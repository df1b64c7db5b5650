// BRs 7.1.2.7.11 (Subscriber Certificate Key Usage, table for ECC keys):
// digitalSignature MUST be present; only digitalSignature and keyAgreement
// are permitted.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cabf_ecc_allowed_key_usages",
    .description = "A subscriber certificate with an ECC key must assert digitalSignature and no key usage other than digitalSignature and keyAgreement.",
    .citation = "BRs: 7.1.2.7.11",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABFBRs_2_0_0_Date,
    .requires_facts = lint::fact::kNotCa | lint::fact::kEcKey | lint::fact::kKeyUsage,
};

class CabfEccAllowedKeyUsages final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::KeyAlgorithm(c) == util::zcrypto::KeyAlg::kEcdsa && c.HasExtension(oid::kKeyUsage) &&
           util::cert::IsSubscriberCert(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const uint32_t bits = util::zcrypto::KeyUsage(c);
    if (!util::zcrypto::HasKeyUsage(bits, x509::kDigitalSignature))
      return lint::Error("DigitalSignature key usage is required for certificates with ECC public keys");
    constexpr uint32_t kAllowed = (1u << x509::kDigitalSignature) | (1u << x509::kKeyAgreement);
    if (bits & ~kAllowed)
      return lint::Error("Only DigitalSignature and KeyAgreement key usages are allowed for certificates with ECC public keys");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CabfEccAllowedKeyUsages);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
