// RFC 5480 3: if the keyUsage extension is present in an end-entity
// certificate for an id-ecPublicKey key, the values that MAY be present are
// digitalSignature, nonRepudiation and keyAgreement. Any other asserted bit
// is reported as a notice.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "n_ecdsa_ee_invalid_ku",
    .description = "End-entity certificates for EC keys are expected to assert only digitalSignature, nonRepudiation and keyAgreement.",
    .citation = "RFC 5480: 3",
    .source = lint::Source::kRfc5480,
    .effective = lint::dates::kCABEffectiveDate,
    .peers = "certlint:Unallowed key usage for EC public key (…",
    .requires_facts = lint::fact::kNotCa | lint::fact::kEcKey | lint::fact::kKeyUsage,
};

class EcdsaEeInvalidKu final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubscriberCert(c) && util::zcrypto::HasEcKeyAlgorithm(c) && c.HasExtension(oid::kKeyUsage);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    constexpr uint16_t kAllowed = util::zcrypto::KuBit(x509::kDigitalSignature) |
                                  util::zcrypto::KuBit(x509::kNonRepudiation) |
                                  util::zcrypto::KuBit(x509::kKeyAgreement);
    const auto unexpected = static_cast<uint16_t>(util::zcrypto::KeyUsage(c) & ~kAllowed);
    if (unexpected)
      return lint::Info(std::string("Certificate had unexpected key usage(s): ") + util::zcrypto::KeyUsageNames(unexpected));
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EcdsaEeInvalidKu);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
