// RFC 5280 4.2.1.12: conforming CAs SHOULD NOT mark the extended key usage
// extension critical when it contains anyExtendedKeyUsage.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_eku_critical_improperly",
    .description = "An extKeyUsage extension that includes anyExtendedKeyUsage should not be critical.",
    .citation = "RFC 5280: 4.2.1.12",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC3280Date,
    .requires_facts = lint::fact::kExtKeyUsage,
};

class EkuCriticalImproperly final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kExtKeyUsage);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (!util::zcrypto::LastExtension(c, oid::kExtKeyUsage)->critical) return lint::Pass();
    bool any = false;
    util::zcrypto::ForEachEku(c, [&](der::Input p) { any = any || p == oid::kAnyExtendedKeyUsage; });
    return any ? lint::Warn() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EkuCriticalImproperly);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
