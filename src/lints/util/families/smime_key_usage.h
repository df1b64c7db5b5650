// File: the keyUsage rule of S/MIME BRs 7.1.2.3 (e) for subscriber
// certificates, shared by the EC key lint and the two RSA key lints (strict
// profiles; legacy and multipurpose profiles), which differ in whether
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

// The rule of S/MIME BRs 7.1.2.3 (e) on the keyUsage bits `ku` of a
// subscriber certificate: signing only is digitalSignature (nonRepudiation
// allowed); key management only is `manage_bit` (keyEncipherment for RSA,
// keyAgreement for EC) with the bits of `manage_ok`; dual use is both, with
// the optional bits of either. Another bit is an error; neither base bit is
// NA (the *_other_key_usages lints decide).
inline lint::Result JudgeSmimeKeyUsage(uint16_t ku, uint16_t manage_bit, uint16_t manage_ok) {
  using util::smime::Ku;
  const bool sign = ku & Ku(x509::kDigitalSignature);
  const bool manage = ku & manage_bit;
  const uint16_t sign_ok = Ku(x509::kDigitalSignature) | Ku(x509::kNonRepudiation);
  uint16_t allowed = 0;
  if (sign && manage) allowed = sign_ok | manage_ok;
  else if (sign) allowed = sign_ok;
  else if (manage) allowed = manage_ok;
  else return lint::NA();
  return (ku & util::smime::kKuAll & ~allowed) ? lint::Error() : lint::Pass();
}

// Which S/MIME profiles a check covers.
enum class SmimeProfiles { kStrict, kLegacyOrMultipurpose };

// RsaSmimeKeyUsageCheck applies to subscriber certificates of `profiles`
// with a keyUsage extension and a readable RSA key, and judges the bits with
// JudgeSmimeKeyUsage: key management is keyEncipherment (dataEncipherment
// allowed outside the strict profiles).
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
    uint16_t manage_ok = Ku(x509::kKeyEncipherment);
    if (profiles_ != SmimeProfiles::kStrict) manage_ok |= Ku(x509::kDataEncipherment);
    return JudgeSmimeKeyUsage(util::zcrypto::KeyUsage(c), Ku(x509::kKeyEncipherment), manage_ok);
  }

 private:
  const SmimeProfiles profiles_;
};

}  // namespace cair::lints::families

#endif  // CAIR_LINTS_UTIL_FAMILIES_SMIME_KEY_USAGE_H_
