// Apple root program (support.apple.com HT211025): a TLS server certificate
// issued on or after 2020-09-01 must not be valid for more than 398 days
// (the period counts notBefore through notAfter inclusive, RFC 5280 4.1.2.5).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/validity.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_tls_server_cert_valid_time_longer_than_398_days",
    .description = "A TLS server certificate issued from September 2020 must not be valid for more than 398 days.",
    .citation = "Apple: HT211025",
    .source = lint::Source::kApple,
    .effective = lint::dates::kAppleReducedLifetimeDate,
    .peers = "pkilint:cabf.serverauth.certificate_validity_period_exceeds_398_days",
    .requires_facts = lint::fact::kServerAuth | lint::fact::kNotCa,
};

class ServerCertValidity398 final : public families::ServerValidityAtMost {
 public:
  ServerCertValidity398() : ServerValidityAtMost(398, lint::Status::kError, nullptr) {}
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ServerCertValidity398);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
