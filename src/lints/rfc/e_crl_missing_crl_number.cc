// RFC 5280 5.2.3: CRL issuers conforming to the profile MUST include the
// cRLNumber extension in all CRLs.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_crl_missing_crl_number",
    .description = "Every CRL must carry the cRLNumber extension.",
    .citation = "RFC 5280: 5.2.3",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .type = lint::ObjectType::kCrl,
};

class CrlMissingCrlNumber final : public lint::CrlLint {
 public:
  bool CheckApplies(const x509::Crl&) const override { return true; }
  lint::Result Execute(const x509::Crl& c) const override {
    if (c.FindExtension(oid::kCrlNumber)) return lint::Pass();
    return lint::Error("This CRL lacks the mandatory CRL Number extension");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrlMissingCrlNumber);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
