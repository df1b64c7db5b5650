// RFC 5480 3: if the keyUsage extension is present in an end-entity
// certificate for an id-ecPublicKey key, the values that MAY be present are
// digitalSignature, nonRepudiation and keyAgreement. Any other asserted bit
// is reported as a notice.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert_class.h"
#include "lints/util/key_params.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "n_ecdsa_ee_invalid_ku",
    .description = "End-entity certificates for EC keys are expected to assert only digitalSignature, nonRepudiation and keyAgreement.",
    .citation = "RFC 5480 Section 3",
    .source = Source::kRfc5480,
    .effective = dates::kCABEffectiveDate,
    .peers = "certlint:Unallowed key usage for EC public key (…",
};

class EcdsaEeInvalidKu final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::IsSubscriberCert(c) && util::HasEcKeyAlgorithm(c) && c.HasExtension(oid::kKeyUsage);
  }
  Result Execute(const x509::Certificate& c) const override {
    constexpr uint16_t kAllowed = util::KuBit(x509::kDigitalSignature) |
                                  util::KuBit(x509::kNonRepudiation) |
                                  util::KuBit(x509::kKeyAgreement);
    const auto unexpected = static_cast<uint16_t>(util::KeyUsageMask(c) & ~kAllowed);
    if (unexpected)
      return Info(std::string("Certificate had unexpected key usage(s): ") + util::KeyUsageNames(unexpected));
    return Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EcdsaEeInvalidKu);
}  // namespace cair::lints
