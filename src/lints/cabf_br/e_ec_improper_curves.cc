// BRs 6.1.5: ECDSA keys must be on NIST P-256, P-384 or P-521.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ec_improper_curves",
    .description = "An elliptic-curve public key must use the P-256, P-384 or P-521 curve.",
    .citation = "BRs: 6.1.5",
    .source = lint::Source::kCabfBr,
};

class EcImproperCurves final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::KeyAlgorithm(c) == util::zcrypto::KeyAlg::kEcdsa;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const der::Input curve = c.spki.ec_curve;
    if (curve == oid::kSecp256r1 || curve == oid::kSecp384r1 || curve == oid::kSecp521r1)
      return lint::Pass();
    return lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EcImproperCurves);
}  // namespace cair::lints
