// BRs 7.1.2.3 (Subscriber Certificate), authorityInformationAccess: it SHOULD
// also contain the HTTP URL of the issuing CA's certificate.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/required_extension.h"
#include "lints/util/cert/class.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_sub_cert_aia_does_not_contain_issuing_ca_url",
    .description = "A subscriber certificate's AIA should include an http:// caIssuers URL.",
    .citation = "BRs: 7.1.2.3",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .peers = "pkilint:cabf.serverauth.subscriber.ca_issuers_aia_access_method_absent;certlint:BR certificates should include an HTTP URL of the issuing CA's certificate;certlint:Certificate does not include authorityInformationAccess. BRs require OCSP stapling for this certificate.;x509lint:No HTTP URL for issuing certificate",
    .requires_facts = lint::fact::kNotCa,
};

class SubCertAiaNoIssuerUrl final : public families::HttpUrlCheck {
 public:
  SubCertAiaNoIssuerUrl() : HttpUrlCheck(families::kCaIssuersUrls, lint::Status::kWarn) {}
  bool CheckApplies(const x509::Certificate& c) const override { return util::cert::IsSubscriberCert(c); }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCertAiaNoIssuerUrl);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
