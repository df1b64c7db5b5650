// BRs 6.1.5: certificates must be signed with RSA PKCS#1 v1.5, DSA or ECDSA
// using SHA-256, SHA-384 or SHA-512 (SHA-1 variants are accepted here and
// policed by e_sub_cert_or_sub_ca_using_sha1). RSASSA-PSS with one of those
// hashes is not forbidden but poorly supported: a warning.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace {

using util::zcrypto::SigAlg;

constexpr lint::Metadata kMetadata{
    .name = "e_signature_algorithm_not_supported",
    .description = "The certificate's signature algorithm must be one the BRs allow (SHA-1/SHA-2 with RSA, DSA or ECDSA).",
    .citation = "BRs: 6.1.5",
    .source = lint::Source::kCabfBr,
};

class SignatureAlgorithmNotSupported final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    switch (util::zcrypto::SignatureAlgorithm(c)) {
      case SigAlg::kSha256Rsa:
      case SigAlg::kSha384Rsa:
      case SigAlg::kSha512Rsa:
      case SigAlg::kDsaSha256:
      case SigAlg::kEcdsaSha256:
      case SigAlg::kEcdsaSha384:
      case SigAlg::kEcdsaSha512:
      case SigAlg::kSha1Rsa:
      case SigAlg::kDsaSha1:
      case SigAlg::kEcdsaSha1:
        return lint::Pass();
      case SigAlg::kSha256RsaPss:
      case SigAlg::kSha384RsaPss:
      case SigAlg::kSha512RsaPss:
        return lint::Warn();
      default:
        return lint::Error();
    }
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SignatureAlgorithmNotSupported);
}  // namespace cair::lints
