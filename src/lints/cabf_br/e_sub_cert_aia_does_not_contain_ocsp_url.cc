// BRs 7.1.2.3 (Subscriber Certificate) before BRs 2.0.0,
// authorityInformationAccess: it must contain the HTTP URL of the issuing CA's
// OCSP responder.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/required_extension.h"
#include "lints/util/cert/class.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_sub_cert_aia_does_not_contain_ocsp_url",
    .description = "A subscriber certificate issued before BRs 2.0.0 must have an http:// OCSP URL in its AIA.",
    .citation = "BRs: 7.1.2.3",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .ineffective = lint::dates::kCABFBRs_2_0_0_Date,
    .peers = "certlint:BR certificates must include an HTTP URL of the OCSP responder;certlint:Certificate does not include authorityInformationAccess. BRs require OCSP stapling for this certificate.",
    .requires_facts = lint::fact::kNotCa,
};

class SubCertAiaNoOcspUrl final : public families::HttpUrlCheck {
 public:
  SubCertAiaNoOcspUrl() : HttpUrlCheck(families::kOcspUrls, lint::Status::kError) {}
  bool CheckApplies(const x509::Certificate& c) const override { return !util::cert::IsCaCert(c); }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCertAiaNoOcspUrl);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
