// awslabs certlint: a DNS name must not start with '.', which would make its
// first label empty (RFC 1034 3.5).
#include "lint/registry.h"
#include "lints/util/dns_names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_san_dns_name_starts_with_period",
    .description = "subjectAltName dNSNames must not begin with a period.",
    .citation = "awslabs certlint",
    .source = Source::kCommunity,
    .peers = "certlint:DNSName must not start with .",
};

class SanDnsNameStartsWithPeriod final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kSubjectAltName);
  }
  Result Execute(const x509::Certificate& c) const override {
    util::AltNameView san(c, oid::kSubjectAltName);
    const bool ok = san.ForEach(util::kTagDnsName, [](std::string_view d) {
      return d.empty() || d.front() != '.';
    });
    return ok ? Pass() : Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SanDnsNameStartsWithPeriod);
}  // namespace cair::lints
