// S/MIME BRs 7.1.3.1: the SubjectPublicKeyInfo AlgorithmIdentifier is one of
// the listed byte-exact encodings (RSA, P-256/384/521, Ed25519, Ed448). This
// is the rule as it stood before version 1.0.11 (which added ML-DSA and
// ML-KEM). Note: zlint registers this lint with the implementation of
// e_invalid_spki_algoid, so the PQC encodings pass here too; we agree with
// zlint's verdicts (see the report).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/smime_spki.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_invalid_legacy_spki_algoid",
    .description = "The subjectPublicKeyInfo algorithm identifier must be one of the exact encodings the S/MIME BRs allow.",
    .citation = "S/MIME BRs: 7.1.3.1",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .ineffective = lint::dates::kCABF_SMIME_BRs_1_0_11_Date,
    .peers = "pkilint:cabf.smime.prohibited_spki_algorithm_encoding",
};

class InvalidLegacySpkiAlgoId final : public families::SmimeSpkiAlgorithmCheck {};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, InvalidLegacySpkiAlgoId);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
