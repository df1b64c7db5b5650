// BRs 7.1.3.1: the AlgorithmIdentifier inside subjectPublicKeyInfo must be
// byte-for-byte one of the fixed encodings: RSA with explicit NULL
// parameters, or id-ecPublicKey with the P-256, P-384 or P-521 named curve.
#include <array>

#include "lint/effective_dates.h"
#include "lint/registry.h"

namespace cair::lints {
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_algorithm_identifier_improper_encoding",
    .description = "The public key's AlgorithmIdentifier must use one of the exact byte encodings the BRs allow.",
    .citation = "BRs: 7.1.3.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABFBRs_1_7_1_Date,
    .peers = "pkilint:cabf.serverauth.prohibited_subject_public_key_algorithm_encoding",
};

constexpr uint8_t kRsa[] = {0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86,
                            0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};
constexpr uint8_t kP256[] = {0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01,
                             0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07};
constexpr uint8_t kP384[] = {0x30, 0x10, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d,
                             0x02, 0x01, 0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x22};
constexpr uint8_t kP521[] = {0x30, 0x10, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d,
                             0x02, 0x01, 0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x23};
constexpr std::array<der::Input, 4> kAllowed = {
    der::Input(kRsa, sizeof(kRsa)), der::Input(kP256, sizeof(kP256)),
    der::Input(kP384, sizeof(kP384)), der::Input(kP521, sizeof(kP521))};

class AlgorithmIdentifierImproperEncoding final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    const der::Input aid = c.spki.algorithm.full;
    if (aid.empty()) return lint::Fatal("error parsing SubjectPublicKeyInfo");
    for (der::Input allowed : kAllowed)
      if (aid == allowed) return lint::Pass();
    return lint::Error("The encoded AlgorithmObjectIdentifier \"" + der::HexLower(aid) +
                 "\" inside the SubjectPublicKeyInfo field is not allowed");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, AlgorithmIdentifierImproperEncoding);
}  // namespace cair::lints
