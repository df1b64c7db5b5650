// BRs 7.1.3.1: the AlgorithmIdentifier inside subjectPublicKeyInfo must be
// byte-for-byte one of the fixed encodings: RSA with explicit NULL
// parameters, or id-ecPublicKey with the P-256, P-384 or P-521 named curve.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/encodings/spki.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_algorithm_identifier_improper_encoding",
    .description = "The public key's AlgorithmIdentifier must use one of the exact byte encodings the BRs allow.",
    .citation = "BRs: 7.1.3.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABFBRs_1_7_1_Date,
    .peers = "pkilint:cabf.serverauth.prohibited_subject_public_key_algorithm_encoding",
};

class AlgorithmIdentifierImproperEncoding final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    const der::Input aid = c.spki.algorithm.full;
    if (aid.empty()) return lint::Fatal("error parsing SubjectPublicKeyInfo");
    if (util::encodings::IsRsaSpki(aid) || util::encodings::IsNistEcSpki(aid)) return lint::Pass();
    return lint::Error("The encoded AlgorithmObjectIdentifier \"" + der::HexLower(aid) +
                 "\" inside the SubjectPublicKeyInfo field is not allowed");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, AlgorithmIdentifierImproperEncoding);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
