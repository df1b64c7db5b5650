// BRs 7.1.6.4 with 7.1.4.2.2: a subscriber certificate asserting the
// individual-validated policy 2.23.140.1.2.3 MUST carry the subject's
// locality and/or state or province, i.e. localityName or
// stateOrProvinceName.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cert_policy_iv_requires_province_or_locality",
    .description = "An individual-validated subscriber certificate's subject must contain localityName or stateOrProvinceName.",
    .citation = "BRs: 7.1.6.4",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABV131Date,
    .requires_facts = lint::fact::kNotCa | lint::fact::kPolicyIv,
};

class IvRequiresProvinceOrLocality final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubscriberCert(c) && c.policies.Has(oid::kBrIndividualValidated);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.subject.Has(oid::kLocalityName) || c.subject.Has(oid::kStateOrProvinceName) ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IvRequiresProvinceOrLocality);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
