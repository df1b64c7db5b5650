// RFC 3279 2.3.1 (community check from certlint): a SubjectPublicKeyInfo
// with the rsaEncryption algorithm must hold an RSAPublicKey, i.e. the BIT
// STRING must decode as SEQUENCE { modulus INTEGER, publicExponent INTEGER }.
#include "lint/registry.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_rsa_no_public_key",
    .description = "A certificate declaring an rsaEncryption key must contain a decodable RSA public key.",
    .citation = "certlint: awslabs/certlint",
    .source = lint::Source::kCommunity,
    .requires_facts = lint::fact::kRsaKey,
};

class RsaNoPublicKey final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::zcrypto::HasRsaKeyAlgorithm(c); }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::HasReadableRsaKey(c) ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RsaNoPublicKey);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
