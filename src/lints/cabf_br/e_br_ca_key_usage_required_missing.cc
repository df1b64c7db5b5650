// BRs 7.1.2.10.7 (CA Certificate Key Usage), for roots and subordinate CAs:
// keyCertSign and cRLSign MUST be set (the CA signs certificates and CRLs).
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/extensions.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_ca_key_usage_required_missing",
    .description = "A CA certificate's keyUsage must assert keyCertSign and cRLSign.",
    .citation = "BRs: 7.1.2.10.7",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    // Not every certificate of this profile is serverAuth-capable; the
    // profile applies to it all the same (pkilint's TLS validator checks it).
    .override_framework_filter = true,
    .peers = "pkilint:cabf.ca_certificate_required_ku_missing",
    .requires_facts = lint::fact::kKeyUsage,
};

class CaKeyUsageRequiredMissing final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    if (!c.key_usage.present) return false;
    return br_profile::IsCa(br_profile::Detect(c));
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (!c.key_usage.Has(x509::kKeyCertSign)) return lint::Error("keyCertSign not asserted");
    if (!c.key_usage.Has(x509::kCrlSign)) return lint::Error("cRLSign not asserted");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CaKeyUsageRequiredMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
