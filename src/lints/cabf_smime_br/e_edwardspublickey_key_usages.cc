// S/MIME BRs 7.1.2.3 (e), EdDSA keys: digitalSignature is set, nonRepudiation
// may be set, nothing else. As in zlint, only Ed25519 keys are checked.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_policy.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_edwardspublickey_key_usages",
    .description = "Ed25519-key S/MIME subscriber certificates must assert digitalSignature and no key usage other than nonRepudiation.",
    .citation = "7.1.2.3.e",
    .source = Source::kCabfSmimeBr,
    .effective = dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.unknown_certificate_key_usage_type;pkilint:cabf.smime.prohibited_ku_present",
};

class EdwardsPublicKeyKeyUsages final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::SmimeIsSubscriber(c) && util::SmimeProfileOf(c).any() &&
           c.HasExtension(oid::kKeyUsage) && c.spki.algorithm.oid == oid::kEd25519;
  }
  Result Execute(const x509::Certificate& c) const override {
    using util::SmimeKu;
    const uint16_t ku = util::SmimeKeyUsage(c);
    if (!(ku & SmimeKu(x509::kDigitalSignature))) return Error();
    const uint16_t allowed = SmimeKu(x509::kDigitalSignature) | SmimeKu(x509::kNonRepudiation);
    return (ku & util::kSmimeKuAll & ~allowed) ? Error() : Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EdwardsPublicKeyKeyUsages);
}  // namespace cair::lints
