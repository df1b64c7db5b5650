// CA/B Forum ballot SC-081 (BRs 6.3.2): subscriber certificates issued on or
// after 15 March 2026 and before 15 March 2027 SHOULD NOT have a validity
// period over 199 days and MUST NOT have one over 200 days.
#include <cmath>
#include <cstdio>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/br_key_zcrypto.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "w_server_cert_valid_time_longer_than_199_days",
    .description = "A TLS server certificate issued from 15 March 2026 until 15 March 2027 should not be valid for more than 199 days.",
    .citation = "https://github.com/cabforum/servercert/pull/553",
    .source = Source::kCabfBr,
    .effective = dates::kCABF_SC081_FIRST_MILESTONE,
    .ineffective = dates::kCABF_SC081_SECOND_MILESTONE,
};

constexpr int64_t kMaxDays = 199;

class ServerCertValidTimeLongerThan199Days final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.IsServerAuth() && !c.IsCa();
  }
  Result Execute(const x509::Certificate& c) const override {
    const int64_t seconds = util::BrValiditySeconds(c);
    if (seconds <= kMaxDays * 86400) return Pass();
    char details[128];
    std::snprintf(details, sizeof(details),
                  "Certificate is issued on or after March 15, 2026 and has a validity of %.0f days",
                  std::ceil(static_cast<double>(seconds) / 86400.0));
    return Warn(details);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ServerCertValidTimeLongerThan199Days);
}  // namespace cair::lints
