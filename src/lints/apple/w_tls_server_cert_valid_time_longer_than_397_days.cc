// Apple root program (support.apple.com HT211025): Apple recommends that TLS
// server certificates issued on or after 2020-09-01 be valid for at most 397
// days (notBefore through notAfter inclusive, RFC 5280 4.1.2.5).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/validity.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_tls_server_cert_valid_time_longer_than_397_days",
    .description = "A TLS server certificate issued from September 2020 should not be valid for more than 397 days.",
    .citation = "Apple: HT211025",
    .source = lint::Source::kApple,
    .effective = lint::dates::kAppleReducedLifetimeDate,
    .peers = "pkilint:cabf.serverauth.certificate_validity_period_exceeds_397_days",
    .requires_facts = lint::fact::kServerAuth | lint::fact::kNotCa,
};

class ServerCertValidity397 final : public families::ServerValidityAtMost {
 public:
  ServerCertValidity397() : ServerValidityAtMost(397, lint::Status::kWarn, nullptr, "Apple recommends a validity period of at most 397 days") {}
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ServerCertValidity397);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
