// BRs 6.1.5: ECDSA keys must be on NIST P-256, P-384 or P-521.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/algorithms.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ec_improper_curves",
    .description = "An elliptic-curve public key must use the P-256, P-384 or P-521 curve.",
    .citation = "BRs: 6.1.5",
    .source = lint::Source::kCabfBr,
    .requires_facts = lint::fact::kEcKey,
};

class EcImproperCurves final : public families::EcdsaCurveCheck {
 public:
  EcImproperCurves() : EcdsaCurveCheck([](der::Input) { return lint::Error(); }) {}
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EcImproperCurves);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
