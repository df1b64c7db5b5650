// S/MIME BRs 7.1.2.3 (e), id-ecPublicKey keys: signing only is
// digitalSignature (nonRepudiation allowed); key management only is
// keyAgreement (encipherOnly / decipherOnly allowed); dual use is both, with
// the same optional bits. A bitmap with neither base bit is left to
// e_ec_other_key_usages (NA here).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime/policy.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ecpublickey_key_usages",
    .description = "EC-key S/MIME subscriber certificates must use one of the signing, key-agreement or dual-use keyUsage combinations.",
    .citation = "S/MIME BRs: 7.1.2.3.e",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.prohibited_ku_present",
};

class EcPublicKeyKeyUsages final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::IsSubscriber(c) && util::smime::ProfileOf(c).any() &&
           c.HasExtension(oid::kKeyUsage) && util::zcrypto::HasEcKeyAlgorithm(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    using util::smime::Ku;
    const uint16_t ku = util::zcrypto::KeyUsage(c);
    const bool sign = ku & Ku(x509::kDigitalSignature);
    const bool agree = ku & Ku(x509::kKeyAgreement);
    const uint16_t sign_ok = Ku(x509::kDigitalSignature) | Ku(x509::kNonRepudiation);
    const uint16_t agree_ok =
        Ku(x509::kKeyAgreement) | Ku(x509::kEncipherOnly) | Ku(x509::kDecipherOnly);
    uint16_t allowed = 0;
    if (sign && agree) allowed = sign_ok | agree_ok;
    else if (sign) allowed = sign_ok;
    else if (agree) allowed = agree_ok;
    else return lint::NA();
    return (ku & util::smime::kKuAll & ~allowed) ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EcPublicKeyKeyUsages);
}  // namespace cair::lints
