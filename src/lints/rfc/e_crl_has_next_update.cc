// RFC 5280 5.1.2.5: conforming CRL issuers MUST include the nextUpdate
// field in all CRLs.
#include "lint/effective_dates.h"
#include "lint/registry.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_crl_has_next_update",
    .description = "Every CRL must state when the next CRL will be issued (nextUpdate).",
    .citation = "RFC 5280: 5.1.2.5",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .type = lint::ObjectType::kCrl,
};

class CrlHasNextUpdate final : public lint::CrlLint {
 public:
  bool CheckApplies(const x509::Crl&) const override { return true; }
  lint::Result Execute(const x509::Crl& c) const override {
    if (c.has_next_update) return lint::Pass();
    return lint::Error("Confoming CRL issuers MUST include the nextUpdate field in all CRLs.");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrlHasNextUpdate);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
