// RFC 4055 5 (via RFC 5280 1; also RFC 3279 2.2.1): for the PKCS #1 v1.5
// signature algorithms (md2/md5/sha1/sha224/sha256/sha384/sha512 with RSA)
// the AlgorithmIdentifier parameters MUST be NULL. Checked on the signature
// field of the TBSCertificate, which must be exactly SEQUENCE { oid, NULL }.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_tbs_signature_rsa_encryption_parameter_not_null",
    .description = "A PKCS #1 v1.5 RSA signature algorithm identifier in the TBSCertificate must carry exactly one NULL parameter.",
    .citation = "RFC 4055: 5",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .peers = "certlint:RSA signatures must have a parameter specified",
};

class TbsSignatureRsaEncryptionParameterNotNull final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::IsRsaNullParamsOid(c.tbs_signature.oid);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const std::string problem =
        util::zcrypto::RsaAlgorithmIdProblem(c.tbs_signature.full, c.tbs_signature.oid);
    if (problem.empty()) return lint::Pass();
    return lint::Error(std::string("certificate tbsCertificate.signature ") + problem);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, TbsSignatureRsaEncryptionParameterNotNull);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
