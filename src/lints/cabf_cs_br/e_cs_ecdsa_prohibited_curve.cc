// CS BRs 6.1.5.2: an ECDSA key in a code signing certificate is on NIST
// P-256, P-384 or P-521; no other curve is allowed.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/algorithms.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cs_ecdsa_prohibited_curve",
    .description = "An ECDSA key in a code signing certificate must use the P-256, P-384 or P-521 curve.",
    .citation = "CS BRs: 6.1.5.2",
    .source = lint::Source::kCabfCsBr,
    .effective = lint::dates::kCABF_CS_BRs_1_2_Date,
    .requires_facts = lint::fact::kEcKey,
};

class CsEcdsaProhibitedCurve final : public families::EcdsaCurveCheck {
 public:
  // zcrypto builds an ECDSA key only for the named curves it knows; of
  // those, P-224 is the one the rule forbids. Without a key: NA.
  CsEcdsaProhibitedCurve()
      : EcdsaCurveCheck([](der::Input curve) {
          return curve == oid::kSecp224r1 ? lint::Error("the ECDSA key is on P-224, which is not allowed") : lint::NA();
        }) {}
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CsEcdsaProhibitedCurve);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
