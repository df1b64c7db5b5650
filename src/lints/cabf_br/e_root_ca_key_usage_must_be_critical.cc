// BRs 7.1.2.1 (Root CA Certificate): the keyUsage extension must be present
// and marked critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_root_ca_key_usage_must_be_critical",
    .description = "A root CA certificate's keyUsage extension must be critical.",
    .citation = "BRs: 7.1.2.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kRFC2459Date,
    .requires_facts = lint::fact::kCa | lint::fact::kSelfIssued | lint::fact::kKeyUsage,
};

class RootCaKeyUsageCritical final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsRootCa(c) && c.HasExtension(oid::kKeyUsage);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::LastExtension(c, oid::kKeyUsage)->critical ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RootCaKeyUsageCritical);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
