// BRs 1.x 9.4 (today's 6.3.2): subscriber certificates issued after the BRs'
// Effective Date (1 July 2012) MUST NOT have a validity period longer than 60
// months. The 39-month bound that followed (e_sub_cert_valid_time_longer_than_39_months)
// is stricter; this one catches the 2012-2016 certificates it does not cover.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/time/validity.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_sub_cert_valid_time_longer_than_60_months",
    .description = "A subscriber certificate issued after 1 July 2012 must not be valid for more than 60 months.",
    .citation = "BRs: 9.4",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .peers = "x509lint:The certificate is valid for longer than 60 months",
    .requires_facts = lint::fact::kNotCa,
};

class SubCertValidTimeLongerThan60Months final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::cert::IsSubscriberCert(c); }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::time::AddDate(c.not_before.unix, 0, 60, 0) < c.not_after.unix ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCertValidTimeLongerThan60Months);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
