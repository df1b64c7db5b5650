// CA/B Forum ballot SC-081 (BRs 6.3.2): subscriber certificates issued on or
// after 15 March 2027 and before 15 March 2029 SHOULD NOT have a validity
// period over 99 days and MUST NOT have one over 100 days.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/validity.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_server_cert_valid_time_longer_than_99_days",
    .description = "A TLS server certificate issued from 15 March 2027 until 15 March 2029 should not be valid for more than 99 days.",
    .citation = "BRs: 6.3.2 (Ballot SC-081)",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABF_SC081_SECOND_MILESTONE,
    .ineffective = lint::dates::kCABF_SC081_THIRD_MILESTONE,
    .requires_facts = lint::fact::kServerAuth | lint::fact::kNotCa,
};

class ServerCertValidTimeLongerThan99Days final : public families::ServerValidityAtMost {
 public:
  ServerCertValidTimeLongerThan99Days() : ServerValidityAtMost(99, lint::Status::kWarn, "March 15, 2027") {}
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ServerCertValidTimeLongerThan99Days);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
