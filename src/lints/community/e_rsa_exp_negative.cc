// RFC 3279 2.3.1 / RFC 8017 3.1 (community check from certlint): the RSA
// public exponent is a positive integer. Flagged: an rsaEncryption key whose
// publicExponent INTEGER is negative.
#include "der/values.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_rsa_exp_negative",
    .description = "An RSA public key's exponent must not be negative.",
    .citation = "certlint: awslabs/certlint",
    .source = lint::Source::kCommunity,
    .requires_facts = lint::fact::kRsaKey,
};

class RsaExpNegative final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::zcrypto::HasReadableRsaKey(c); }
  lint::Result Execute(const x509::Certificate& c) const override {
    return der::IsNegativeInteger(c.spki.rsa_exponent) ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RsaExpNegative);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
