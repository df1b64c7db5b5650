// S/MIME BRs 7.1.2.3 (f), strict profiles: extKeyUsage contains
// id-kp-emailProtection and no other purpose. As in zlint, only the purposes
// zcrypto has a name for are seen.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime/policy.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_smime_strict_eku_check",
    .description = "Strict S/MIME subscriber certificates must list emailProtection as their only extended key usage.",
    .citation = "S/MIME BRs: 7.1.2.3.f",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.prohibited_eku_present;pkilint:cabf.smime.extended_key_usage_extension_missing",
    .requires_facts = lint::fact::kCertificatePolicies,
};

class SmimeStrictEkuCheck final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::smime::ProfileOf(c).strict() && util::zcrypto::IsSubscriber(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    bool email = false, other = false;
    util::zcrypto::ForEachEku(c, [&](der::Input eku) {
      if (!util::zcrypto::IsKnownEku(eku)) return true;
      if (eku == oid::kEkuEmailProtection) {
        email = true;
        return true;
      }
      other = true;
      return false;
    });
    return (email && !other) ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeStrictEkuCheck);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
