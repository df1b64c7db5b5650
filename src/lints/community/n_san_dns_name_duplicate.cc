// awslabs certlint: the same DNS name should not be listed twice in the
// subject alternative name; names compare case-insensitively (RFC 4343).
#include <vector>

#include "lint/registry.h"
#include "lints/util/dns_idna.h"
#include "lints/util/dns_names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "n_san_dns_name_duplicate",
    .description = "subjectAltName dNSNames should not repeat (compared case-insensitively).",
    .citation = "awslabs certlint",
    .source = Source::kCommunity,
};

class SanDnsNameDuplicate final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kSubjectAltName);
  }
  Result Execute(const x509::Certificate& c) const override {
    util::AltNameView san(c, oid::kSubjectAltName);
    std::vector<std::string_view> names;
    san.ForEach(util::kTagDnsName, [&](std::string_view d) { return names.push_back(d), true; });
    for (size_t i = 0; i < names.size(); ++i)
      for (size_t j = i + 1; j < names.size(); ++j)
        if (util::EqualIgnoringCase(names[i], names[j])) return Info();
    return Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SanDnsNameDuplicate);
}  // namespace cair::lints
