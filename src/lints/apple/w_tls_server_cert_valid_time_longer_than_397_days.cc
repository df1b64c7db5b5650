// Apple root program (support.apple.com HT211025): Apple recommends that TLS
// server certificates issued on or after 2020-09-01 be valid for at most 397
// days (notBefore through notAfter inclusive, RFC 5280 4.1.2.5).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/br_key_zcrypto.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "w_tls_server_cert_valid_time_longer_than_397_days",
    .description = "A TLS server certificate issued from September 2020 should not be valid for more than 397 days.",
    .citation = "https://support.apple.com/en-us/HT211025",
    .source = Source::kApple,
    .effective = dates::kAppleReducedLifetimeDate,
    .peers = "pkilint:cabf.serverauth.certificate_validity_period_exceeds_397_days",
};

class ServerCertValidity397 final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.IsServerAuth() && !c.IsCa();
  }
  Result Execute(const x509::Certificate& c) const override {
    return util::BrValiditySeconds(c) > int64_t{397} * 86400 ? Warn("Apple recommends a validity period of at most 397 days") : Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ServerCertValidity397);
}  // namespace cair::lints
