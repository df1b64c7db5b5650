// BRs 7.1.2.1 (and the CA profiles after it): the keyUsage extension of a root
// or subordinate CA certificate must be marked critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ca_key_usage_not_critical",
    .description = "A CA certificate's keyUsage extension must be critical.",
    .citation = "BRs: 7.1.2.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .peers = "certlint:CA certificates must set keyUsage extension as critical;x509lint:Key usage not critical;pkilint:cabf.serverauth.ca.non_critical_key_usage_extension",
    .requires_facts = lint::fact::kCa | lint::fact::kKeyUsage,
};

class CaKeyUsageNotCritical final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.IsCa() && c.HasExtension(oid::kKeyUsage);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::LastExtension(c, oid::kKeyUsage)->critical ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CaKeyUsageNotCritical);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
