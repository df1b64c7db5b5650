// S/MIME BRs 7.1.2.3 (e), EdDSA keys: digitalSignature is set, nonRepudiation
// may be set, nothing else. As in zlint, only Ed25519 keys are checked.
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
    .name = "e_edwardspublickey_key_usages",
    .description = "Ed25519-key S/MIME subscriber certificates must assert digitalSignature and no key usage other than nonRepudiation.",
    .citation = "S/MIME BRs: 7.1.2.3.e",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.unknown_certificate_key_usage_type;pkilint:cabf.smime.prohibited_ku_present",
    .requires_facts = lint::fact::kCertificatePolicies | lint::fact::kKeyUsage,
};

class EdwardsPublicKeyKeyUsages final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::IsSubscriber(c) && util::smime::ProfileOf(c).any() &&
           c.HasExtension(oid::kKeyUsage) && c.spki.algorithm.oid == oid::kEd25519;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    using util::smime::Ku;
    const uint16_t ku = util::zcrypto::KeyUsage(c);
    if (!(ku & Ku(x509::kDigitalSignature))) return lint::Error();
    const uint16_t allowed = Ku(x509::kDigitalSignature) | Ku(x509::kNonRepudiation);
    return (ku & util::smime::kKuAll & ~allowed) ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EdwardsPublicKeyKeyUsages);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
