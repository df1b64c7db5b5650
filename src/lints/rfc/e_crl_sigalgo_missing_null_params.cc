// RFC 4055 5 and its ASN.1 module (6), referenced from RFC 5280 1: with
// sha224-, sha256-, sha384- or sha512WithRSAEncryption the
// AlgorithmIdentifier parameters MUST be present and MUST be NULL. Checked
// on a CRL's signatureAlgorithm.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_crl_sigalgo_missing_null_params",
    .description = "A CRL signed with SHA-2 PKCS #1 v1.5 RSA must give NULL parameters in its signatureAlgorithm.",
    .citation = "RFC 4055 Section 6",
    .source = Source::kRfc5280,
    .effective = dates::kRFC5280Date,
    .type = ObjectType::kCrl,
};

bool NeedsNullParams(der::Input o) {
  return o == oid::kSha224WithRsa || o == oid::kSha256WithRsa || o == oid::kSha384WithRsa ||
         o == oid::kSha512WithRsa;
}

class CrlSigAlgoMissingNullParams final : public CrlLint {
 public:
  bool CheckApplies(const x509::Crl&) const override { return true; }
  Result Execute(const x509::Crl& c) const override {
    const x509::AlgorithmIdentifier& alg = c.signature_algorithm;
    if (!NeedsNullParams(alg.oid)) return Pass();
    if (!alg.has_params || alg.params.tag != der::kNull)
      return Error("Missing required NULL parameter in the SignatureAlgorithm element");
    if (!alg.params.value.empty())
      return Error("Invalid DER encoding of NULL in the SignatureAlgorithm element");
    return Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrlSigAlgoMissingNullParams);
}  // namespace cair::lints
