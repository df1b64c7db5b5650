// CS BRs 6.3.2: a code signing certificate issued before 1 March 2026 is
// valid for at most 39 months.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/time/validity.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cs_max_validity_period_39_months",
    .description = "A code signing certificate issued before 1 March 2026 must not be valid for more than 39 months.",
    .citation = "CS BRs v3.10: 6.3.2",
    .source = lint::Source::kCabfCsBr,
    .effective = lint::dates::kCABF_CS_BRs_1_2_Date,
    .ineffective = lint::dates::kCABF_CS_CSC_31_Date,
    .requires_facts = lint::fact::kNotCa,
};

class CsMaxValidity39Months final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::cert::IsSubscriberCert(c); }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (c.not_after.unix > util::time::AddDate(c.not_before.unix, 0, 39, 0))
      return lint::Error("the validity period is longer than 39 months");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CsMaxValidity39Months);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
