// Community rule (RFC 5280 5.1.2.6): a CRL lists each revoked serial number
// once. A repeated serial is reported as a warning, as zlint does.
#include <string_view>
#include <unordered_set>

#include "lint/registry.h"
#include "lints/util/crl/entries.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_crl_unique_revoked_certificate",
    .description = "A serial number should appear only once in a CRL's revokedCertificates list.",
    .citation = "Community (no normative reference)",
    .source = Source::kCommunity,
    .type = ObjectType::kCrl,
};

class CrlUniqueRevokedCertificate final : public CrlLint {
 public:
  bool CheckApplies(const x509::Crl&) const override { return true; }
  Result Execute(const x509::Crl& c) const override {
    std::unordered_set<std::string_view> seen;
    seen.reserve(c.revoked.size());
    for (const auto& entry : c.revoked) {
      if (!seen.insert(util::crl::MinimalInteger(entry.serial).AsStringView()).second)
        return Warn(std::string("Revoked certificates list contains duplicate serial number: ") +
                    util::crl::IntegerHex(entry.serial));
    }
    return Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrlUniqueRevokedCertificate);
}  // namespace cair::lints
