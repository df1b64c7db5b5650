// RFC 5280 4.2 / 5.2 (community rule): an extension appears at most once in
// a CRL's crlExtensions.
#include "der/values.h"
#include "lint/registry.h"
#include "lints/util/crl/entries.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_crl_no_duplicate_extensions",
    .description = "No extension OID may occur twice among a CRL's extensions.",
    .citation = "Community (no normative reference)",
    .source = Source::kCommunity,
    .type = ObjectType::kCrl,
};

class CrlNoDuplicateExtensions final : public CrlLint {
 public:
  bool CheckApplies(const x509::Crl& c) const override { return !c.extensions.empty(); }
  Result Execute(const x509::Crl& c) const override {
    if (const x509::Extension* dup = util::crl::FirstDuplicateExtension(c.extensions))
      return Error(std::string("CRL contains duplicate extension: ") + der::OidToString(dup->oid));
    return Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrlNoDuplicateExtensions);
}  // namespace cair::lints
