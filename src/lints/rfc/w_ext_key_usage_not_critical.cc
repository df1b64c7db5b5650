// RFC 5280 4.2.1.3: when the key usage extension is present, conforming CAs
// SHOULD mark it as critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_ext_key_usage_not_critical",
    .description = "The keyUsage extension should be marked critical.",
    .citation = "RFC 5280: 4.2.1.3",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .peers = "pkilint:pkix.key_usage_extension_not_critical;certlint:Extension should be critical for KeyUsage;x509lint:Key usage not critical",
    .requires_facts = lint::fact::kKeyUsage,
};

class KeyUsageNotCritical final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kKeyUsage);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::LastExtension(c, oid::kKeyUsage)->critical ? lint::Pass() : lint::Warn();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, KeyUsageNotCritical);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
