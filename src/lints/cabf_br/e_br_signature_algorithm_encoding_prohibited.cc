// BRs 7.1.3.2 (Signature AlgorithmIdentifier): "No other encodings are
// permitted" than the listed byte strings: RSASSA-PKCS1-v1_5 with SHA-256,
// SHA-384 or SHA-512 (parameters NULL), RSASSA-PSS with SHA-256/384/512
// (MGF1 with the same hash, salt length of the hash's size) and ECDSA with
// SHA-256/384/512 (parameters absent). Checked on tbsCertificate.signature,
// as pkilint does (e_cert_sig_alg_not_match_tbs_sig_alg checks that the
// outer signatureAlgorithm repeats it). SHA-1, parameters omitted from an
// RSA PKCS#1 identifier and other PSS parameters all fall outside the list.
// The byte-exact table dates from BRs 1.7.1; this lint applies it, like the
// other profile lints, from Ballot SC-062 (BRs 2.0.0), which restated it.
#include "der/values.h"
#include "lint/registry.h"
#include "lints/util/br_profile.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_signature_algorithm_encoding_prohibited",
    .description = "The certificate's signature AlgorithmIdentifier must be byte for byte one of the encodings "
                   "BRs 7.1.3.2 lists.",
    .citation = "BRs: 7.1.3.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.prohibited_signature_algorithm_encoding",
};

class SignatureAlgorithmEncodingProhibited final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    const der::Input aid = c.tbs_signature.full;
    if (br_profile::IsAllowedSignatureAlgorithmEncoding(aid)) return lint::Pass();
    return lint::Error("signature AlgorithmIdentifier " + der::HexLower(aid));
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SignatureAlgorithmEncodingProhibited);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
