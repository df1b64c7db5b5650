// S/MIME BRs 7.1.2.3 (e): for id-ecPublicKey keys only the signing and key
// agreement usages are defined; other keyUsage bits are not allowed. When
// neither digitalSignature nor keyAgreement is set, any other bit is an error
// (and an empty bitmap is left to e_ecpublickey_key_usages: NA here).
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
    .name = "e_ec_other_key_usages",
    .description = "An S/MIME subscriber certificate with an EC key that asserts neither digitalSignature nor keyAgreement must assert no key usage at all.",
    .citation = "S/MIME BRs: 7.1.2.3.e",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.unknown_certificate_key_usage_type",
    .requires_facts = lint::fact::kEcKey | lint::fact::kCertificatePolicies | lint::fact::kKeyUsage,
};

class EcOtherKeyUsages final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::IsSubscriber(c) && util::smime::ProfileOf(c).any() &&
           c.HasExtension(oid::kKeyUsage) && util::zcrypto::HasEcKeyAlgorithm(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const uint16_t ku = util::zcrypto::KeyUsage(c);
    if (ku & (util::smime::Ku(x509::kDigitalSignature) | util::smime::Ku(x509::kKeyAgreement))) return lint::Pass();
    return ku != 0 ? lint::Error() : lint::NA();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EcOtherKeyUsages);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
