// BRs 7.2.2 (CRL entry extensions, ballot SC-061): when present, reasonCode
// must be one of keyCompromise (1), affiliationChanged (3), superseded (4),
// cessationOfOperation (5) or privilegeWithdrawn (9); unspecified (0) must be
// expressed by omitting the extension.
#include "lint/effective_dates.h"
#include "lint/registry.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cab_crl_has_valid_reason_code",
    .description = "A CRL entry's reasonCode, when present, must be 1, 3, 4, 5 or 9.",
    .citation = "BRs: 7.2.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABFBRs_1_8_7_Date,
    .type = lint::ObjectType::kCrl,
};

class CabCrlHasValidReasonCode final : public lint::CrlLint {
 public:
  bool CheckApplies(const x509::Crl& c) const override { return !c.revoked.empty(); }
  lint::Result Execute(const x509::Crl& c) const override {
    for (const x509::RevokedCertificate& r : c.revoked) {
      switch (r.reason_code) {
        case -1:
        case 1:
        case 3:
        case 4:
        case 5:
        case 9:
          continue;
        case 0:
          return lint::Error("The reason code CRL entry extension SHOULD be absent instead of using the "
                       "unspecified (0) reasonCode value.");
        default:
          return lint::Error("Reason code not included in BR: 7.2.2");
      }
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CabCrlHasValidReasonCode);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
