// S/MIME BRs 7.1.2.3 (e), rsaEncryption keys, legacy and multipurpose
// profiles: signing only is digitalSignature (nonRepudiation allowed); key
// management only is keyEncipherment (dataEncipherment allowed); dual use is
// both base bits with the same optional ones. A bitmap with neither base bit
// is left to e_rsa_other_key_usages (NA here).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/smime_key_usage.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_rsa_key_usage_legacy_multipurpose",
    .description = "RSA-key legacy and multipurpose S/MIME subscriber certificates must use one of the signing, key-management or dual-use keyUsage combinations.",
    .citation = "S/MIME BRs: 7.1.2.3.e",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.prohibited_ku_present",
    .requires_facts = lint::fact::kRsaKey | lint::fact::kCertificatePolicies | lint::fact::kKeyUsage,
};

class RsaKeyUsageLegacyMultipurpose final : public families::RsaSmimeKeyUsageCheck {
 public:
  RsaKeyUsageLegacyMultipurpose() : RsaSmimeKeyUsageCheck(families::SmimeProfiles::kLegacyOrMultipurpose) {}
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RsaKeyUsageLegacyMultipurpose);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
