// Mozilla Root Store Policy 5.1.2: the SubjectPublicKeyInfo algorithm of an
// ECDSA key must be exactly one of the three listed DER encodings
// (id-ecPublicKey with the P-256, P-384 or P-521 named curve).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/mozilla/encodings.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_mp_ecdsa_pub_key_encoding_correct",
    .description = "An ECDSA subject public key's AlgorithmIdentifier must be byte-for-byte one of the encodings the Mozilla policy lists.",
    .citation = "MRSP: 5.1.2",
    .source = lint::Source::kMozilla,
    .effective = lint::dates::kMozillaPolicy30Date,
    .requires_facts = lint::fact::kEcKey,
};

class MpEcdsaPubKeyEncodingCorrect final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::KeyAlgorithm(c) == util::zcrypto::KeyAlg::kEcdsa;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const der::Input aid = c.spki.algorithm.full;
    if (aid.empty()) return lint::Error("cannot read the public key algorithm identifier");
    if (util::mozilla::IsAllowedEcSpkiAlgorithm(aid)) return lint::Pass();
    return lint::Error("ECDSA public key algorithm identifier is not an allowed encoding: " +
                 der::HexLower(aid));
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, MpEcdsaPubKeyEncodingCorrect);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
