// CS BRs 7.1.3.2: code signing certificates are signed with SHA-256,
// SHA-384 or SHA-512 (RSA PKCS#1 v1.5, RSASSA-PSS, ECDSA) or DSA with
// SHA-256; SHA-1 is left only to uses other than these certificates.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace {

using util::zcrypto::SigAlg;

constexpr lint::Metadata kMetadata{
    .name = "e_cs_signature_algorithm_not_supported",
    .description = "A code signing certificate must be signed with an RSA, RSASSA-PSS or ECDSA algorithm over SHA-256/384/512, or DSA with SHA-256.",
    .citation = "CS BRs: 7.1.3.2",
    .source = lint::Source::kCabfCsBr,
    .effective = lint::dates::kCABF_CS_BRs_1_2_Date,
};

class CsSignatureAlgorithmNotSupported final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    switch (util::zcrypto::SignatureAlgorithm(c)) {
      case SigAlg::kSha256RsaPss: case SigAlg::kSha384RsaPss: case SigAlg::kSha512RsaPss:
      case SigAlg::kSha256Rsa: case SigAlg::kSha384Rsa: case SigAlg::kSha512Rsa:
      case SigAlg::kEcdsaSha256: case SigAlg::kEcdsaSha384: case SigAlg::kEcdsaSha512:
      case SigAlg::kDsaSha256:
        return lint::Pass();
      default:
        return lint::Error("the signature algorithm is not one the code signing BRs allow");
    }
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CsSignatureAlgorithmNotSupported);
}  // namespace cair::lints
