// RFC 4055 1.2 (via RFC 5280 1; also RFC 3279 2.3.1): when rsaEncryption
// identifies the subject public key, the AlgorithmIdentifier parameters
// MUST be present and MUST be NULL. The algorithm field must therefore be
// exactly the DER of SEQUENCE { rsaEncryption, NULL }.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_spki_rsa_encryption_parameter_not_null",
    .description = "An rsaEncryption subject public key algorithm identifier must carry exactly one NULL parameter.",
    .citation = "RFC 4055: 1.2",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .peers = "certlint:RSA keys must have a parameter specified",
    .requires_facts = lint::fact::kRsaKey,
};

class SpkiRsaEncryptionParameterNotNull final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::zcrypto::HasRsaKeyAlgorithm(c); }
  lint::Result Execute(const x509::Certificate& c) const override {
    const std::string problem =
        util::zcrypto::RsaAlgorithmIdProblem(c.spki.algorithm.full, oid::kRsaEncryption);
    if (problem.empty()) return lint::Pass();
    return lint::Error(std::string("certificate pkixPublicKey ") + problem);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SpkiRsaEncryptionParameterNotNull);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
