// S/MIME BRs 7.1.2.3 (e), id-ecPublicKey keys: signing only is
// digitalSignature (nonRepudiation allowed); key management only is
// keyAgreement (encipherOnly / decipherOnly allowed); dual use is both, with
// the same optional bits. A bitmap with neither base bit is left to
// e_ec_other_key_usages (NA here).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/key_params.h"
#include "lints/util/smime_policy.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_ecpublickey_key_usages",
    .description = "EC-key S/MIME subscriber certificates must use one of the signing, key-agreement or dual-use keyUsage combinations.",
    .citation = "7.1.2.3.e",
    .source = Source::kCabfSmimeBr,
    .effective = dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.prohibited_ku_present",
};

class EcPublicKeyKeyUsages final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::SmimeIsSubscriber(c) && util::SmimeProfileOf(c).any() &&
           c.HasExtension(oid::kKeyUsage) && util::HasEcKeyAlgorithm(c);
  }
  Result Execute(const x509::Certificate& c) const override {
    using util::SmimeKu;
    const uint16_t ku = util::SmimeKeyUsage(c);
    const bool sign = ku & SmimeKu(x509::kDigitalSignature);
    const bool agree = ku & SmimeKu(x509::kKeyAgreement);
    const uint16_t sign_ok = SmimeKu(x509::kDigitalSignature) | SmimeKu(x509::kNonRepudiation);
    const uint16_t agree_ok =
        SmimeKu(x509::kKeyAgreement) | SmimeKu(x509::kEncipherOnly) | SmimeKu(x509::kDecipherOnly);
    uint16_t allowed = 0;
    if (sign && agree) allowed = sign_ok | agree_ok;
    else if (sign) allowed = sign_ok;
    else if (agree) allowed = agree_ok;
    else return NA();
    return (ku & util::kSmimeKuAll & ~allowed) ? Error() : Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EcPublicKeyKeyUsages);
}  // namespace cair::lints
