// S/MIME BRs 7.1.2.3 (e): the keyUsage of an S/MIME subscriber certificate
// makes it a signing certificate (digitalSignature) or a key management one
// (RSA: keyEncipherment; EC: keyAgreement), or both; a keyUsage asserting
// neither (e.g. nonRepudiation alone) fits no row of the table.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_smime_key_usage_without_purpose",
    .description = "The keyUsage of an S/MIME subscriber certificate must assert digitalSignature or the key's key-management bit (RSA keyEncipherment, EC keyAgreement).",
    .citation = "S/MIME BRs: 7.1.2.3",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.unknown_certificate_key_usage_type",
};

class SmimeKeyUsageWithoutPurpose final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    if (!smime_br::SubscriberProfile(c).has_value() || !c.key_usage.present || !c.key_usage.ok) return false;
    const der::Input alg = c.spki.algorithm.oid;
    return alg == oid::kRsaEncryption || alg == oid::kEcPublicKey || alg == oid::kEd25519 ||
           alg == oid::kEd448;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const auto& ku = c.key_usage;
    if (ku.Has(x509::KeyUsageBit::kDigitalSignature)) return lint::Pass();
    const der::Input alg = c.spki.algorithm.oid;
    if (alg == oid::kRsaEncryption && ku.Has(x509::KeyUsageBit::kKeyEncipherment)) return lint::Pass();
    if (alg == oid::kEcPublicKey && ku.Has(x509::KeyUsageBit::kKeyAgreement)) return lint::Pass();
    return lint::Error("keyUsage asserts neither digitalSignature nor the key-management bit of the key type");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeKeyUsageWithoutPurpose);
}  // namespace cair::lints
