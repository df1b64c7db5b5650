// RFC 5280 5.1.2.5: conforming CRL issuers MUST include the nextUpdate
// field in all CRLs.
#include "lint/effective_dates.h"
#include "lint/registry.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_crl_has_next_update",
    .description = "Every CRL must state when the next CRL will be issued (nextUpdate).",
    .citation = "RFC 5280: 5.1.2.5",
    .source = Source::kRfc5280,
    .effective = dates::kRFC5280Date,
    .type = ObjectType::kCrl,
};

class CrlHasNextUpdate final : public CrlLint {
 public:
  bool CheckApplies(const x509::Crl&) const override { return true; }
  Result Execute(const x509::Crl& c) const override {
    if (c.has_next_update) return Pass();
    return Error("Confoming CRL issuers MUST include the nextUpdate field in all CRLs.");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrlHasNextUpdate);
}  // namespace cair::lints
