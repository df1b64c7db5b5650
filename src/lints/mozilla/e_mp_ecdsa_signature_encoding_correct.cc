// Mozilla Root Store Policy 5.1.2: an ECDSA signature by a P-256, P-384 or
// P-521 key must use SHA-256, SHA-384 or SHA-512 respectively, with the
// AlgorithmIdentifier encoded exactly as listed (no parameters). The signing
// curve is inferred from the signature length, as the issuer key is unknown.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/mozilla/encodings.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_mp_ecdsa_signature_encoding_correct",
    .description = "An ECDSA signature's AlgorithmIdentifier must be the exact encoding the Mozilla policy requires for the signing curve.",
    .citation = "MRSP: 5.1.2",
    .source = lint::Source::kMozilla,
    .effective = lint::dates::kMozillaPolicy30Date,
    .requires_facts = lint::fact::kEcdsaSignature,
};

class MpEcdsaSignatureEncodingCorrect final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    const der::Input o = c.tbs_signature.oid;
    return o == oid::kEcdsaWithSha1 || o == oid::kEcdsaWithSha224 ||
           o == oid::kEcdsaWithSha256 || o == oid::kEcdsaWithSha384 ||
           o == oid::kEcdsaWithSha512;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const der::Input aid = c.tbs_signature.full;
    if (aid.empty()) return lint::Error("cannot read the TBSCertificate signature field");
    const size_t sig_len = c.signature_value.bytes.size();
    const auto curve = util::mozilla::CurveForSignatureLength(sig_len);
    if (!curve)
      return lint::Error("signature of " + std::to_string(sig_len) +
                   " bytes matches no allowed ECDSA curve");
    if (aid == util::mozilla::EcdsaSignatureAlgorithm(*curve)) return lint::Pass();
    return lint::Error(std::string("signature algorithm encoding not allowed for a ") +
                 util::mozilla::CurveName(*curve) + " signing key: " + der::HexLower(aid));
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, MpEcdsaSignatureEncodingCorrect);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
