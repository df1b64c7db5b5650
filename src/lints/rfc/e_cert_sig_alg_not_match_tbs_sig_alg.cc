// RFC 5280 4.1.1.2: the Certificate's signatureAlgorithm field MUST contain
// the same algorithm identifier as the signature field of the
// TBSCertificate. Compared octet for octet (contents of the two SEQUENCEs).
#include "der/parser.h"
#include "lint/effective_dates.h"
#include "lint/registry.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cert_sig_alg_not_match_tbs_sig_alg",
    .description = "The outer signatureAlgorithm must be identical to the signature algorithm named inside the TBSCertificate.",
    .citation = "RFC 5280: 4.1.1.2",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .peers = "pkilint:pkix.certificate_signature_algorithm_mismatch;certlint:Certificate signature algorithm does not match TBS signature algorithm;x509lint:Signature algorithm mismatch",
};

der::Input Contents(der::Input element) {
  auto el = der::ReadElement(element);
  return el ? el->value : element;
}

class CertSigAlgNotMatchTbsSigAlg final : public lint::CertificateLint {
 public:
  // An unsigned TBSCertificate has no outer field to compare.
  bool CheckApplies(const x509::Certificate& c) const override { return !c.tbs_only; }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (Contents(c.signature_algorithm.full) != Contents(c.tbs_signature.full)) return lint::Error();
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CertSigAlgNotMatchTbsSigAlg);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
