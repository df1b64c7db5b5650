// RFC 4055 5 and its ASN.1 module (6), referenced from RFC 5280 1: with
// sha224-, sha256-, sha384- or sha512WithRSAEncryption the
// AlgorithmIdentifier parameters MUST be present and MUST be NULL. Checked
// on a CRL's signatureAlgorithm.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_crl_sigalgo_missing_null_params",
    .description = "A CRL signed with SHA-2 PKCS #1 v1.5 RSA must give NULL parameters in its signatureAlgorithm.",
    .citation = "RFC 4055: 6",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .type = lint::ObjectType::kCrl,
};

bool NeedsNullParams(der::Input o) {
  return o == oid::kSha224WithRsa || o == oid::kSha256WithRsa || o == oid::kSha384WithRsa ||
         o == oid::kSha512WithRsa;
}

class CrlSigAlgoMissingNullParams final : public lint::CrlLint {
 public:
  bool CheckApplies(const x509::Crl&) const override { return true; }
  lint::Result Execute(const x509::Crl& c) const override {
    const x509::AlgorithmIdentifier& alg = c.signature_algorithm;
    if (!NeedsNullParams(alg.oid)) return lint::Pass();
    if (!alg.has_params || alg.params.tag != der::kNull)
      return lint::Error("Missing required NULL parameter in the SignatureAlgorithm element");
    if (!alg.params.value.empty())
      return lint::Error("Invalid DER encoding of NULL in the SignatureAlgorithm element");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrlSigAlgoMissingNullParams);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
