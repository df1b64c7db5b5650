// BRs 6.1.5: certificates must be signed with RSA PKCS#1 v1.5, DSA or ECDSA
// using SHA-256, SHA-384 or SHA-512 (SHA-1 variants are accepted here and
// policed by e_sub_cert_or_sub_ca_using_sha1). RSASSA-PSS with one of those
// hashes is not forbidden but poorly supported: a warning.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/algorithms.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_signature_algorithm_not_supported",
    .description = "The certificate's signature algorithm must be one the BRs allow (SHA-1/SHA-2 with RSA, DSA or ECDSA).",
    .citation = "BRs: 6.1.5",
    .source = lint::Source::kCabfBr,
    .peers = "certlint:md5WithRSAEncryption is not allowed for signing certificates;certlint:md2WithRSAEncryption is not allowed for signing certificates;certlint:PSS is not supported by most browsers",
};

class SignatureAlgorithmNotSupported final : public families::SignatureAlgorithmCheck {
 public:
  SignatureAlgorithmNotSupported()
      : SignatureAlgorithmCheck({util::zcrypto::SigAlg::kSha256Rsa, util::zcrypto::SigAlg::kSha384Rsa,
                                 util::zcrypto::SigAlg::kSha512Rsa, util::zcrypto::SigAlg::kDsaSha256,
                                 util::zcrypto::SigAlg::kEcdsaSha256, util::zcrypto::SigAlg::kEcdsaSha384,
                                 util::zcrypto::SigAlg::kEcdsaSha512, util::zcrypto::SigAlg::kSha1Rsa,
                                 util::zcrypto::SigAlg::kDsaSha1, util::zcrypto::SigAlg::kEcdsaSha1},
                                {util::zcrypto::SigAlg::kSha256RsaPss, util::zcrypto::SigAlg::kSha384RsaPss,
                                 util::zcrypto::SigAlg::kSha512RsaPss},
                                "") {}
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SignatureAlgorithmNotSupported);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
