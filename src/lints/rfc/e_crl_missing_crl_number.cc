// RFC 5280 5.2.3: CRL issuers conforming to the profile MUST include the
// cRLNumber extension in all CRLs.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_crl_missing_crl_number",
    .description = "Every CRL must carry the cRLNumber extension.",
    .citation = "RFC5280 §5.2.3",
    .source = Source::kRfc5280,
    .effective = dates::kRFC5280Date,
    .type = ObjectType::kCrl,
};

class CrlMissingCrlNumber final : public CrlLint {
 public:
  bool CheckApplies(const x509::Crl&) const override { return true; }
  Result Execute(const x509::Crl& c) const override {
    if (c.FindExtension(oid::kCrlNumber)) return Pass();
    return Error("This CRL lacks the mandatory CRL Number extension");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrlMissingCrlNumber);
}  // namespace cair::lints
