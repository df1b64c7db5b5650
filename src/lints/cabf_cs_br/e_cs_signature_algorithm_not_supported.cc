// CS BRs 7.1.3.2: code signing certificates are signed with SHA-256,
// SHA-384 or SHA-512 (RSA PKCS#1 v1.5, RSASSA-PSS, ECDSA) or DSA with
// SHA-256; SHA-1 is left only to uses other than these certificates.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/algorithms.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cs_signature_algorithm_not_supported",
    .description = "A code signing certificate must be signed with an RSA, RSASSA-PSS or ECDSA algorithm over SHA-256/384/512, or DSA with SHA-256.",
    .citation = "CS BRs: 7.1.3.2",
    .source = lint::Source::kCabfCsBr,
    .effective = lint::dates::kCABF_CS_BRs_1_2_Date,
};

class CsSignatureAlgorithmNotSupported final : public families::SignatureAlgorithmCheck {
 public:
  CsSignatureAlgorithmNotSupported()
      : SignatureAlgorithmCheck({util::zcrypto::SigAlg::kSha256RsaPss, util::zcrypto::SigAlg::kSha384RsaPss,
                                 util::zcrypto::SigAlg::kSha512RsaPss, util::zcrypto::SigAlg::kSha256Rsa,
                                 util::zcrypto::SigAlg::kSha384Rsa, util::zcrypto::SigAlg::kSha512Rsa,
                                 util::zcrypto::SigAlg::kEcdsaSha256, util::zcrypto::SigAlg::kEcdsaSha384,
                                 util::zcrypto::SigAlg::kEcdsaSha512, util::zcrypto::SigAlg::kDsaSha256},
                                {}, "the signature algorithm is not one the code signing BRs allow") {}
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CsSignatureAlgorithmNotSupported);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
