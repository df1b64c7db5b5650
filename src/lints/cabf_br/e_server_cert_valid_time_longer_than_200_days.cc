// CA/B Forum ballot SC-081 (BRs 6.3.2): subscriber certificates issued on or
// after 15 March 2026 and before 15 March 2027 SHOULD NOT have a validity
// period over 199 days and MUST NOT have one over 200 days.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/validity.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_server_cert_valid_time_longer_than_200_days",
    .description = "A TLS server certificate issued from 15 March 2026 until 15 March 2027 must not be valid for more than 200 days.",
    .citation = "BRs: 6.3.2 (Ballot SC-081)",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABF_SC081_FIRST_MILESTONE,
    .ineffective = lint::dates::kCABF_SC081_SECOND_MILESTONE,
    .requires_facts = lint::fact::kServerAuth | lint::fact::kNotCa,
};

class ServerCertValidTimeLongerThan200Days final : public families::ServerValidityAtMost {
 public:
  ServerCertValidTimeLongerThan200Days() : ServerValidityAtMost(200, lint::Status::kError, "March 15, 2026") {}
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ServerCertValidTimeLongerThan200Days);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
