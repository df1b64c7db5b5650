// S/MIME BRs 7.1.2.3 (e), rsaEncryption keys, strict profiles: signing only
// is digitalSignature (nonRepudiation allowed); key management only is
// keyEncipherment; dual use is both (nonRepudiation allowed). A bitmap with
// neither base bit is left to e_rsa_other_key_usages (NA here).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/key_params.h"
#include "lints/util/smime_policy.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_rsa_key_usage_strict",
    .description = "RSA-key strict S/MIME subscriber certificates must use one of the signing, key-management or dual-use keyUsage combinations, without dataEncipherment.",
    .citation = "7.1.2.3.e",
    .source = Source::kCabfSmimeBr,
    .effective = dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.prohibited_ku_present",
};

class RsaKeyUsageStrict final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    const auto& p = util::SmimeProfileOf(c);
    return util::SmimeIsSubscriber(c) && (p.strict()) && c.HasExtension(oid::kKeyUsage) &&
           util::HasReadableRsaKey(c);
  }
  Result Execute(const x509::Certificate& c) const override {
    using util::SmimeKu;
    const uint16_t ku = util::SmimeKeyUsage(c);
    const bool sign = ku & SmimeKu(x509::kDigitalSignature);
    const bool encipher = ku & SmimeKu(x509::kKeyEncipherment);
    const uint16_t sign_ok = SmimeKu(x509::kDigitalSignature) | SmimeKu(x509::kNonRepudiation);
    const uint16_t manage_ok = SmimeKu(x509::kKeyEncipherment);
    uint16_t allowed = 0;
    if (sign && encipher) allowed = sign_ok | manage_ok;
    else if (sign) allowed = sign_ok;
    else if (encipher) allowed = manage_ok;
    else return NA();  // neither base bit: e_rsa_other_key_usages decides
    return (ku & util::kSmimeKuAll & ~allowed) ? Error() : Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RsaKeyUsageStrict);
}  // namespace cair::lints
