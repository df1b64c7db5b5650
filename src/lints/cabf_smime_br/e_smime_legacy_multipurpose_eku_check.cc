// S/MIME BRs 7.1.2.3 (f), legacy and multipurpose profiles: extKeyUsage
// contains id-kp-emailProtection; other purposes may be added, except
// id-kp-serverAuth, id-kp-codeSigning, id-kp-timeStamping and
// anyExtendedKeyUsage.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime/policy.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_smime_legacy_multipurpose_eku_check",
    .description = "Legacy and multipurpose S/MIME subscriber certificates must include emailProtection and exclude serverAuth, codeSigning, timeStamping and anyExtendedKeyUsage.",
    .citation = "S/MIME BRs: 7.1.2.3.f",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.emailprotection_eku_missing;pkilint:cabf.smime.prohibited_eku_present;pkilint:cabf.smime.extended_key_usage_extension_missing",
};

class SmimeLegacyMultipurposeEkuCheck final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    const auto& p = util::smime::ProfileOf(c);
    return (p.legacy() || p.multipurpose()) && util::zcrypto::IsSubscriber(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    bool email = false, barred = false;
    util::zcrypto::ForEachEku(c, [&](der::Input eku) {
      if (eku == oid::kEkuEmailProtection) email = true;
      else if (eku == oid::kEkuServerAuth || eku == oid::kEkuCodeSigning || eku == oid::kEkuTimeStamping ||
               eku == oid::kAnyExtendedKeyUsage)
        barred = true;
      return true;
    });
    if (!email) return lint::Error("id-kp-emailProtection SHALL be present");
    if (barred)
      return lint::Error("id-kp-serverAuth, id-kp-codeSigning, id-kp-timeStamping, and anyExtendedKeyUsage values SHALL NOT be present");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeLegacyMultipurposeEkuCheck);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
