// S/MIME BRs 7.1.2.3 (e): for rsaEncryption keys only the signing and key
// management usages are defined. When neither digitalSignature nor
// keyEncipherment is set, any other bit is an error; an empty bitmap is NA.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/key_params.h"
#include "lints/util/smime_policy.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_rsa_other_key_usages",
    .description = "An RSA-key S/MIME subscriber certificate that asserts neither digitalSignature nor keyEncipherment must assert no key usage at all.",
    .citation = "7.1.2.3.e",
    .source = Source::kCabfSmimeBr,
    .effective = dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.unknown_certificate_key_usage_type",
};

class RsaOtherKeyUsages final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    const auto& p = util::SmimeProfileOf(c);
    return util::SmimeIsSubscriber(c) && (p.any()) && c.HasExtension(oid::kKeyUsage) &&
           util::HasReadableRsaKey(c);
  }
  Result Execute(const x509::Certificate& c) const override {
    const uint16_t ku = util::SmimeKeyUsage(c);
    if (ku & (util::SmimeKu(x509::kDigitalSignature) | util::SmimeKu(x509::kKeyEncipherment))) return Pass();
    return ku != 0 ? Error() : NA();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RsaOtherKeyUsages);
}  // namespace cair::lints
