// BRs 7.1.2.2 (Subordinate CA Certificate), certificatePolicies: the extension
// SHOULD NOT be marked critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_sub_ca_certificate_policies_marked_critical",
    .description = "A subordinate CA certificate's certificatePolicies extension should not be critical.",
    .citation = "BRs: 7.1.2.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .peers = "pkilint:cabf.serverauth.ca.critical_certificate_policies_extension",
    .requires_facts = lint::fact::kCa | lint::fact::kCertificatePolicies,
};

class SubCaCertPolicyCritical final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubCa(c) && c.HasExtension(oid::kCertificatePolicies);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::LastExtension(c, oid::kCertificatePolicies)->critical ? lint::Warn() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCaCertPolicyCritical);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
