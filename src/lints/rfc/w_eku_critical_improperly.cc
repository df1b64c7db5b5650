// RFC 5280 4.2.1.12: conforming CAs SHOULD NOT mark the extended key usage
// extension critical when it contains anyExtendedKeyUsage.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "w_eku_critical_improperly",
    .description = "An extKeyUsage extension that includes anyExtendedKeyUsage should not be critical.",
    .citation = "RFC 5280: 4.2.1.12",
    .source = Source::kRfc5280,
    .effective = dates::kRFC3280Date,
};

class EkuCriticalImproperly final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kExtKeyUsage);
  }
  Result Execute(const x509::Certificate& c) const override {
    if (!util::zcrypto::LastExtension(c, oid::kExtKeyUsage)->critical) return Pass();
    bool any = false;
    util::zcrypto::ForEachEku(c, [&](der::Input p) { any = any || p == oid::kAnyExtendedKeyUsage; });
    return any ? Warn() : Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EkuCriticalImproperly);
}  // namespace cair::lints
