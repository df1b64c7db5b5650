// BRs 6.3.2: subscriber certificates issued after 1 July 2016 (and before
// 1 March 2018) MUST have a validity period no greater than 39 months.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/validity.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_sub_cert_valid_time_longer_than_39_months",
    .description = "A subscriber certificate issued after 1 July 2016 must not be valid for more than 39 months.",
    .citation = "BRs: 6.3.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kSubCert39Month,
    .peers = "x509lint:The certificate is valid for longer than 39 months;x509lint:The certificate is valid for longer than 60 months",
    .requires_facts = lint::fact::kNotCa,
};

class SubCertValidTimeLongerThan39Months final : public families::SubscriberValidityAtMost {
 public:
  SubCertValidTimeLongerThan39Months() : SubscriberValidityAtMost(39, 0) {}
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCertValidTimeLongerThan39Months);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
