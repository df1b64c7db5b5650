// S/MIME BRs 7.1.2.3 (e): keyUsage is present in every subscriber profile.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/required_extension.h"
#include "lints/util/smime/policy.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_key_usage_presence",
    .description = "S/MIME subscriber certificates must carry a keyUsage extension.",
    .citation = "S/MIME BRs: 7.1.2.3.e",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.key_usage_extension_missing",
    .requires_facts = lint::fact::kCertificatePolicies,
};

class KeyUsagePresence final : public families::RequiredExtensionCheck<oid::kKeyUsage, lint::Status::kError> {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::IsSubscriber(c) && util::smime::ProfileOf(c).any();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, KeyUsagePresence);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
