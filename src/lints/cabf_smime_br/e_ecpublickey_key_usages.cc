// S/MIME BRs 7.1.2.3 (e), id-ecPublicKey keys: signing only is
// digitalSignature (nonRepudiation allowed); key management only is
// keyAgreement (encipherOnly / decipherOnly allowed); dual use is both, with
// the same optional bits. A bitmap with neither base bit is left to
// e_ec_other_key_usages (NA here).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/smime_key_usage.h"
#include "lints/util/smime/policy.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ecpublickey_key_usages",
    .description = "EC-key S/MIME subscriber certificates must use one of the signing, key-agreement or dual-use keyUsage combinations.",
    .citation = "S/MIME BRs: 7.1.2.3.e",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.prohibited_ku_present",
    .requires_facts = lint::fact::kEcKey | lint::fact::kCertificatePolicies | lint::fact::kKeyUsage,
};

class EcPublicKeyKeyUsages final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::IsSubscriber(c) && util::smime::ProfileOf(c).any() &&
           c.HasExtension(oid::kKeyUsage) && util::zcrypto::HasEcKeyAlgorithm(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    using util::smime::Ku;
    return families::JudgeSmimeKeyUsage(util::zcrypto::KeyUsage(c), Ku(x509::kKeyAgreement),
                                        Ku(x509::kKeyAgreement) | Ku(x509::kEncipherOnly) | Ku(x509::kDecipherOnly));
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EcPublicKeyKeyUsages);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
