// File: the keyUsage check of S/MIME BRs 7.1.2.3 (e) for rsaEncryption keys
// in subscriber certificates, shared by the lint for the strict profiles and
// the one for the legacy and multipurpose profiles: they differ in whether
// dataEncipherment may go with keyEncipherment.
#ifndef CAIR_LINTS_UTIL_FAMILIES_SMIME_KEY_USAGE_H_
#define CAIR_LINTS_UTIL_FAMILIES_SMIME_KEY_USAGE_H_

#include <cstdint>

#include "lint/lint.h"
#include "lints/util/smime/policy.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints::families {

// Which S/MIME profiles a check covers.
enum class SmimeProfiles { kStrict, kLegacyOrMultipurpose };

// RsaSmimeKeyUsageCheck applies to subscriber certificates of `profiles`
// with a keyUsage extension and a readable RSA key. Signing only is
// digitalSignature (nonRepudiation allowed); key management only is
// keyEncipherment (dataEncipherment allowed outside the strict profiles);
// dual use is both base bits with the optional ones of either. Another bit is
// an error; a bitmap with neither base bit is NA (e_rsa_other_key_usages
// decides).
class RsaSmimeKeyUsageCheck : public lint::CertificateLint {
 public:
  explicit RsaSmimeKeyUsageCheck(SmimeProfiles profiles) : profiles_(profiles) {}
  bool CheckApplies(const x509::Certificate& c) const override {
    const auto& p = util::smime::ProfileOf(c);
    const bool covered =
        profiles_ == SmimeProfiles::kStrict ? p.strict() : (p.legacy() || p.multipurpose());
    return util::zcrypto::IsSubscriber(c) && covered && c.HasExtension(oid::kKeyUsage) &&
           util::zcrypto::HasReadableRsaKey(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    using util::smime::Ku;
    const uint16_t ku = util::zcrypto::KeyUsage(c);
    const bool sign = ku & Ku(x509::kDigitalSignature);
    const bool encipher = ku & Ku(x509::kKeyEncipherment);
    const uint16_t sign_ok = Ku(x509::kDigitalSignature) | Ku(x509::kNonRepudiation);
    uint16_t manage_ok = Ku(x509::kKeyEncipherment);
    if (profiles_ != SmimeProfiles::kStrict) manage_ok |= Ku(x509::kDataEncipherment);
    uint16_t allowed = 0;
    if (sign && encipher) allowed = sign_ok | manage_ok;
    else if (sign) allowed = sign_ok;
    else if (encipher) allowed = manage_ok;
    else return lint::NA();
    return (ku & util::smime::kKuAll & ~allowed) ? lint::Error() : lint::Pass();
  }

 private:
  const SmimeProfiles profiles_;
};

}  // namespace cair::lints::families

#endif  // CAIR_LINTS_UTIL_FAMILIES_SMIME_KEY_USAGE_H_
