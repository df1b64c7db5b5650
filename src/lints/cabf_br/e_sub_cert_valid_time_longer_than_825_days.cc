// BRs 6.3.2: subscriber certificates issued after 1 March 2018 (and before
// 1 September 2020) MUST NOT have a validity period greater than 825 days.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/validity.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_sub_cert_valid_time_longer_than_825_days",
    .description = "A subscriber certificate issued after 1 March 2018 must not be valid for more than 825 days.",
    .citation = "BRs: 6.3.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kSubCert825Days,
    .peers = "certlint:BR certificates must be 825 days in validity or less;certlint:EV certificates must be 825 days in validity or less",
    .requires_facts = lint::fact::kNotCa,
};

class SubCertValidTimeLongerThan825Days final : public families::SubscriberValidityAtMost {
 public:
  SubCertValidTimeLongerThan825Days() : SubscriberValidityAtMost(0, 825) {}
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCertValidTimeLongerThan825Days);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
