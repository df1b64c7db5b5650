// S/MIME BRs 7.1.2.3 (f), strict profiles: extKeyUsage contains
// id-kp-emailProtection and no other purpose. As in zlint, only the purposes
// zcrypto has a name for are seen.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/br_ext_zcrypto.h"
#include "lints/util/smime_policy.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_smime_strict_eku_check",
    .description = "Strict S/MIME subscriber certificates must list emailProtection as their only extended key usage.",
    .citation = "SMIME BRs: 7.1.2.3.f",
    .source = Source::kCabfSmimeBr,
    .effective = dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.prohibited_eku_present;pkilint:cabf.smime.extended_key_usage_extension_missing",
};

class SmimeStrictEkuCheck final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::SmimeProfileOf(c).strict() && util::SmimeIsSubscriber(c);
  }
  Result Execute(const x509::Certificate& c) const override {
    bool email = false, other = false;
    util::BrExtForEachEku(c, [&](der::Input eku) {
      if (!util::BrExtIsKnownEku(eku)) return true;
      if (eku == oid::kEkuEmailProtection) {
        email = true;
        return true;
      }
      other = true;
      return false;
    });
    return (email && !other) ? Pass() : Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeStrictEkuCheck);
}  // namespace cair::lints
