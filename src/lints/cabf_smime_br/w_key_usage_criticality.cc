// S/MIME BRs 7.1.2.3 (e): keyUsage SHOULD be marked critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime/policy.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_key_usage_criticality",
    .description = "The keyUsage extension of an S/MIME subscriber certificate should be critical.",
    .citation = "S/MIME BRs: 7.1.2.3.e",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.ku_extension_not_critical",
    .requires_facts = lint::fact::kCertificatePolicies | lint::fact::kKeyUsage,
};

class SmimeKeyUsageCriticality final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::IsSubscriber(c) && util::smime::ProfileOf(c).any() && c.HasExtension(oid::kKeyUsage);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.FindExtension(oid::kKeyUsage)->critical ? lint::Pass() : lint::Warn();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeKeyUsageCriticality);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
