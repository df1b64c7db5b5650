// S/MIME BRs 7.1.2.3 (e): for rsaEncryption keys only the signing and key
// management usages are defined. When neither digitalSignature nor
// keyEncipherment is set, any other bit is an error; an empty bitmap is NA.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime/policy.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_rsa_other_key_usages",
    .description = "An RSA-key S/MIME subscriber certificate that asserts neither digitalSignature nor keyEncipherment must assert no key usage at all.",
    .citation = "S/MIME BRs: 7.1.2.3.e",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.unknown_certificate_key_usage_type",
};

class RsaOtherKeyUsages final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    const auto& p = util::smime::ProfileOf(c);
    return util::zcrypto::IsSubscriber(c) && (p.any()) && c.HasExtension(oid::kKeyUsage) &&
           util::zcrypto::HasReadableRsaKey(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const uint16_t ku = util::zcrypto::KeyUsage(c);
    if (ku & (util::smime::Ku(x509::kDigitalSignature) | util::smime::Ku(x509::kKeyEncipherment))) return lint::Pass();
    return ku != 0 ? lint::Error() : lint::NA();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RsaOtherKeyUsages);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
