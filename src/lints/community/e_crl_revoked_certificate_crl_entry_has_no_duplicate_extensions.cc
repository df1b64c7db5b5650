// RFC 5280 5.3 (community rule): within one revokedCertificates entry, each
// crlEntryExtensions OID appears at most once.
#include "der/values.h"
#include "lint/registry.h"
#include "lints/util/crl/entries.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_crl_revoked_certificate_crl_entry_has_no_duplicate_extensions",
    .description = "No CRL entry may carry the same extension OID twice.",
    .citation = "Community: no normative reference",
    .source = lint::Source::kCommunity,
    .type = lint::ObjectType::kCrl,
};

class CrlEntryNoDuplicateExtensions final : public lint::CrlLint {
 public:
  bool CheckApplies(const x509::Crl&) const override { return true; }
  lint::Result Execute(const x509::Crl& c) const override {
    for (const auto& entry : c.revoked) {
      if (const x509::Extension* dup = util::crl::FirstDuplicateExtension(entry.extensions))
        return lint::Error(std::string("Revoked certificate ") + util::crl::IntegerHex(entry.serial) +
                     " has a duplicate extension: " + der::OidToString(dup->oid));
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrlEntryNoDuplicateExtensions);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
