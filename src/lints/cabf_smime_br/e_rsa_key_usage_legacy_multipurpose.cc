// S/MIME BRs 7.1.2.3 (e), rsaEncryption keys, legacy and multipurpose
// profiles: signing only is digitalSignature (nonRepudiation allowed); key
// management only is keyEncipherment (dataEncipherment allowed); dual use is
// both base bits with the same optional ones. A bitmap with neither base bit
// is left to e_rsa_other_key_usages (NA here).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime/policy.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_rsa_key_usage_legacy_multipurpose",
    .description = "RSA-key legacy and multipurpose S/MIME subscriber certificates must use one of the signing, key-management or dual-use keyUsage combinations.",
    .citation = "S/MIME BRs: 7.1.2.3.e",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.prohibited_ku_present",
};

class RsaKeyUsageLegacyMultipurpose final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    const auto& p = util::smime::ProfileOf(c);
    return util::zcrypto::IsSubscriber(c) && (p.legacy() || p.multipurpose()) && c.HasExtension(oid::kKeyUsage) &&
           util::zcrypto::HasReadableRsaKey(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    using util::smime::Ku;
    const uint16_t ku = util::zcrypto::KeyUsage(c);
    const bool sign = ku & Ku(x509::kDigitalSignature);
    const bool encipher = ku & Ku(x509::kKeyEncipherment);
    const uint16_t sign_ok = Ku(x509::kDigitalSignature) | Ku(x509::kNonRepudiation);
    const uint16_t manage_ok = Ku(x509::kKeyEncipherment) | Ku(x509::kDataEncipherment);
    uint16_t allowed = 0;
    if (sign && encipher) allowed = sign_ok | manage_ok;
    else if (sign) allowed = sign_ok;
    else if (encipher) allowed = manage_ok;
    else return lint::NA();  // neither base bit: e_rsa_other_key_usages decides
    return (ku & util::smime::kKuAll & ~allowed) ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RsaKeyUsageLegacyMultipurpose);
}  // namespace cair::lints
