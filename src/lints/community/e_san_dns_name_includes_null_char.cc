// awslabs certlint: a DNS name must not contain a NUL character (a classic
// way to make a name compare differently in C string handling).
#include "lint/registry.h"
#include "lints/util/dns_names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_san_dns_name_includes_null_char",
    .description = "subjectAltName dNSNames must not contain a NUL byte.",
    .citation = "awslabs certlint",
    .source = Source::kCommunity,
};

class SanDnsNameIncludesNullChar final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kSubjectAltName);
  }
  Result Execute(const x509::Certificate& c) const override {
    util::AltNameView san(c, oid::kSubjectAltName);
    const bool ok = san.ForEach(util::kTagDnsName, [](std::string_view d) {
      return d.find('\0') == std::string_view::npos;
    });
    return ok ? Pass() : Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SanDnsNameIncludesNullChar);
}  // namespace cair::lints
