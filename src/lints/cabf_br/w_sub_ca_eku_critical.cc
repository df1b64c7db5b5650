// BRs 7.1.2.2 (Subordinate CA Certificate), extKeyUsage: if present, the
// extension SHOULD be marked non-critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_sub_ca_eku_critical",
    .description = "A subordinate CA certificate's extKeyUsage extension should not be critical.",
    .citation = "BRs: 7.1.2.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABV116Date,
    .peers = "pkilint:cabf.serverauth.ca.critical_extended_key_usage_extension",
    .requires_facts = lint::fact::kCa | lint::fact::kExtKeyUsage,
};

class SubCaEkuCritical final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubCa(c) && c.HasExtension(oid::kExtKeyUsage);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::LastExtension(c, oid::kExtKeyUsage)->critical ? lint::Warn() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCaEkuCritical);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
