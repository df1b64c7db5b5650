// BRs 7.1.2.2 (Subordinate CA Certificate), certificatePolicies: the extension
// must be present.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/required_extension.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_sub_ca_certificate_policies_missing",
    .description = "A subordinate CA certificate must carry a certificatePolicies extension.",
    .citation = "BRs: 7.1.2.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .requires_facts = lint::fact::kCa,
};

class SubCaCertPolicyMissing final
    : public families::RequiredExtensionCheck<oid::kCertificatePolicies, lint::Status::kError> {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::cert::IsSubCa(c); }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCaCertPolicyMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
