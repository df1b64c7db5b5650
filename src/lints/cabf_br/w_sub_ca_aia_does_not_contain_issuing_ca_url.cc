// BRs 7.1.2.2 (Subordinate CA Certificate), authorityInformationAccess: it
// SHOULD contain the HTTP URL of the issuing CA's certificate (id-ad-
// caIssuers).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/required_extension.h"
#include "lints/util/cert/class.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_sub_ca_aia_does_not_contain_issuing_ca_url",
    .description = "A subordinate CA certificate's AIA should include an http:// caIssuers URL.",
    .citation = "BRs: 7.1.2.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .ineffective = lint::dates::kCABFBRs_2_0_0_Date,
    .requires_facts = lint::fact::kCa,
};

class SubCaAiaNoIssuerUrl final : public families::HttpUrlCheck {
 public:
  SubCaAiaNoIssuerUrl() : HttpUrlCheck(families::kCaIssuersUrls, lint::Status::kWarn) {}
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsCaCert(c) && !util::cert::IsRootCa(c);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCaAiaNoIssuerUrl);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
