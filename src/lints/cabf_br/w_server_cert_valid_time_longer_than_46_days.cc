// CA/B Forum ballot SC-081 (BRs 6.3.2): subscriber certificates issued on or
// after 15 March 2029 SHOULD NOT have a validity period over 46 days and
// MUST NOT have one over 47 days.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/validity.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_server_cert_valid_time_longer_than_46_days",
    .description = "A TLS server certificate issued on or after 15 March 2029 should not be valid for more than 46 days.",
    .citation = "BRs: 6.3.2 (Ballot SC-081)",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABF_SC081_THIRD_MILESTONE,
    .requires_facts = lint::fact::kServerAuth | lint::fact::kNotCa,
};

class ServerCertValidTimeLongerThan46Days final : public families::ServerValidityAtMost {
 public:
  ServerCertValidTimeLongerThan46Days() : ServerValidityAtMost(46, lint::Status::kWarn, "March 15, 2029") {}
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ServerCertValidTimeLongerThan46Days);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
