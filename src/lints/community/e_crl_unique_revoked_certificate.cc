// Community rule (RFC 5280 5.1.2.6): a CRL lists each revoked serial number
// once. A repeated serial is reported as a warning, as zlint does.
#include <string_view>
#include <unordered_set>

#include "lint/registry.h"
#include "lints/util/crl/entries.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_crl_unique_revoked_certificate",
    .description = "A serial number should appear only once in a CRL's revokedCertificates list.",
    .citation = "Community: no normative reference",
    .source = lint::Source::kCommunity,
    .type = lint::ObjectType::kCrl,
};

class CrlUniqueRevokedCertificate final : public lint::CrlLint {
 public:
  bool CheckApplies(const x509::Crl&) const override { return true; }
  lint::Result Execute(const x509::Crl& c) const override {
    std::unordered_set<std::string_view> seen;
    seen.reserve(c.revoked.size());
    for (const auto& entry : c.revoked) {
      if (!seen.insert(util::crl::MinimalInteger(entry.serial).AsStringView()).second)
        return lint::Warn(std::string("Revoked certificates list contains duplicate serial number: ") +
                    util::crl::IntegerHex(entry.serial));
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrlUniqueRevokedCertificate);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
