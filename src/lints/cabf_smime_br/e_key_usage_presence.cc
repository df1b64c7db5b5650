// S/MIME BRs 7.1.2.3 (e): keyUsage is present in every subscriber profile.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_policy.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_key_usage_presence",
    .description = "S/MIME subscriber certificates must carry a keyUsage extension.",
    .citation = "7.1.2.3.e",
    .source = Source::kCabfSmimeBr,
    .effective = dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.key_usage_extension_missing",
};

class KeyUsagePresence final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::SmimeIsSubscriber(c) && util::SmimeProfileOf(c).any();
  }
  Result Execute(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kKeyUsage) ? Pass() : Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, KeyUsagePresence);
}  // namespace cair::lints
