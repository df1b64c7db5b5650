// BRs 7.1.6.4 with 7.1.4.2.2: a subscriber certificate asserting the
// organization-validated policy 2.23.140.1.2.2 MUST carry the organization's
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
    .name = "e_cert_policy_ov_requires_province_or_locality",
    .description = "An organization-validated subscriber certificate's subject must contain localityName or stateOrProvinceName.",
    .citation = "BRs: 7.1.6.4",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .requires_facts = lint::fact::kNotCa | lint::fact::kPolicyOv,
};

class OvRequiresProvinceOrLocality final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubscriberCert(c) && c.policies.Has(oid::kBrOrganizationValidated);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.subject.Has(oid::kLocalityName) || c.subject.Has(oid::kStateOrProvinceName) ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, OvRequiresProvinceOrLocality);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
