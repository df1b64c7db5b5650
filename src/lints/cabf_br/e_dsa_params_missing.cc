// BRs v1.7.0 6.1.6: a DSA subject public key must carry all of its domain
// parameters (p, q, g) in the AlgorithmIdentifier.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_dsa_params_missing",
    .description = "A DSA public key must include the domain parameters p, q and g.",
    .citation = "BRs v1.7.0: 6.1.6",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .ineffective = lint::dates::kCABFBRs_1_7_1_Date,
    .requires_facts = lint::fact::kDsaKey,
};

class DsaParamsMissing final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::KeyAlgorithm(c) == util::zcrypto::KeyAlg::kDsa;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    // zcrypto refuses a certificate whose DSA parameters are absent or not
    // three positive INTEGERs, so zlint never sees one; here that is the
    // very defect the rule describes.
    const util::zcrypto::DsaKey k = util::zcrypto::ParsedDsaKey(c);
    return k.ok ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DsaParamsMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
