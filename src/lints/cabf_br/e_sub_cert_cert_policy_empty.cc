// BRs 7.1.2.3 (Subscriber Certificate), certificatePolicies: a subscriber
// certificate must assert the policies it was issued under, so the extension
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
    .name = "e_sub_cert_cert_policy_empty",
    .description = "A non-CA certificate must carry a certificatePolicies extension.",
    .citation = "BRs: 7.1.2.3",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .peers = "certlint:BR certificates must include certificatePolicies;x509lint:No policy extension",
    .requires_facts = lint::fact::kNotCa,
};

class SubCertCertPolicyEmpty final
    : public families::RequiredExtensionCheck<oid::kCertificatePolicies, lint::Status::kError> {
 public:
  // zlint also requires zcrypto's PolicyIdentifiers to be non-nil, which
  // it always is once the extension parsed (even with no policy), so
  // presence alone decides.
  bool CheckApplies(const x509::Certificate& c) const override { return !util::cert::IsCaCert(c); }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCertCertPolicyEmpty);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
