// RFC 5280 5.3.1: a CRL entry's reasonCode must be one of the CRLReason
// values the section defines (0-6, 8-10; 7 is unused), and the extension
// SHOULD be absent rather than carry unspecified (0). An out-of-range value
// is an error; unspecified is a warning.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/crl/entries.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_crl_has_valid_reason_code",
    .description = "CRL entry reason codes must be values defined by RFC 5280 and should not be unspecified (0).",
    .citation = "RFC 5280: 5.3.1",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .type = lint::ObjectType::kCrl,
};

class CrlHasValidReasonCode final : public lint::CrlLint {
 public:
  bool CheckApplies(const x509::Crl& c) const override { return !c.revoked.empty(); }
  lint::Result Execute(const x509::Crl& c) const override {
    for (const auto& entry : c.revoked) {
      const auto code = util::crl::EntryReasonCode(entry);
      if (!code) continue;
      if (*code == 0)
        return lint::Warn("The reason code CRL entry extension SHOULD be absent instead of using the unspecified (0) reasonCode value.");
      if (*code == 7 || *code > 10)
        return lint::Error(std::string("Reason code, ") + std::to_string(*code) + ", not included in RFC 5280 section 5.3.1");
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrlHasValidReasonCode);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
