// BRs 6.1.5: subject public keys must be of a recognised algorithm (RSA,
// DSA or ECDSA in the BRs; Ed25519 and X25519 are recognised as zlint does).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_public_key_type_not_allowed",
    .description = "The subject public key must be of a known key algorithm type such as RSA, DSA or ECDSA.",
    .citation = "BRs: 6.1.5",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
};

class PublicKeyTypeNotAllowed final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::KeyAlgorithm(c) == util::zcrypto::KeyAlg::kUnknown ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, PublicKeyTypeNotAllowed);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
