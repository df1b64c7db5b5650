// CS BRs 6.1.5.2: an ECDSA key in a code signing certificate is on NIST
// P-256, P-384 or P-521; no other curve is allowed.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cs_ecdsa_prohibited_curve",
    .description = "An ECDSA key in a code signing certificate must use the P-256, P-384 or P-521 curve.",
    .citation = "CS BRs: 6.1.5.2",
    .source = lint::Source::kCabfCsBr,
    .effective = lint::dates::kCABF_CS_BRs_1_2_Date,
};

class CsEcdsaProhibitedCurve final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::KeyAlgorithm(c) == util::zcrypto::KeyAlg::kEcdsa;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const der::Input curve = c.spki.ec_curve;
    if (curve == oid::kSecp256r1 || curve == oid::kSecp384r1 || curve == oid::kSecp521r1)
      return lint::Pass();
    // zcrypto builds an ECDSA key only for the named curves it knows; of
    // those, P-224 is the one the rule forbids. Without a key: NA.
    if (curve == oid::kSecp224r1) return lint::Error("the ECDSA key is on P-224, which is not allowed");
    return lint::NA();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CsEcdsaProhibitedCurve);
}  // namespace cair::lints
