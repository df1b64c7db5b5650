// RFC 5280 4.2 / 5.2 (community rule): an extension appears at most once in
// a CRL's crlExtensions.
#include "der/values.h"
#include "lint/registry.h"
#include "lints/util/crl/entries.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_crl_no_duplicate_extensions",
    .description = "No extension OID may occur twice among a CRL's extensions.",
    .citation = "Community: no normative reference",
    .source = lint::Source::kCommunity,
    .type = lint::ObjectType::kCrl,
};

class CrlNoDuplicateExtensions final : public lint::CrlLint {
 public:
  bool CheckApplies(const x509::Crl& c) const override { return !c.extensions.empty(); }
  lint::Result Execute(const x509::Crl& c) const override {
    if (const x509::Extension* dup = util::crl::FirstDuplicateExtension(c.extensions))
      return lint::Error(std::string("CRL contains duplicate extension: ") + der::OidToString(dup->oid));
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrlNoDuplicateExtensions);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
