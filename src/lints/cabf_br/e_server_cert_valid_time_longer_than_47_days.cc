// CA/B Forum ballot SC-081 (BRs 6.3.2): subscriber certificates issued on or
// after 15 March 2029 SHOULD NOT have a validity period over 46 days and
// MUST NOT have one over 47 days.
#include <cmath>
#include <cstdio>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/br_key_zcrypto.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_server_cert_valid_time_longer_than_47_days",
    .description = "A TLS server certificate issued on or after 15 March 2029 must not be valid for more than 47 days.",
    .citation = "https://github.com/cabforum/servercert/pull/553",
    .source = Source::kCabfBr,
    .effective = dates::kCABF_SC081_THIRD_MILESTONE,
};

constexpr int64_t kMaxDays = 47;

class ServerCertValidTimeLongerThan47Days final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.IsServerAuth() && !c.IsCa();
  }
  Result Execute(const x509::Certificate& c) const override {
    const int64_t seconds = util::BrValiditySeconds(c);
    if (seconds <= kMaxDays * 86400) return Pass();
    char details[128];
    std::snprintf(details, sizeof(details),
                  "Certificate is issued on or after March 15, 2029 and has a validity of %.0f days",
                  std::ceil(static_cast<double>(seconds) / 86400.0));
    return Error(details);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ServerCertValidTimeLongerThan47Days);
}  // namespace cair::lints
