// BRs 7.1.2.3 (Subscriber Certificate), authorityInformationAccess: except for
// stapling, the extension must be present.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/required_extension.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_sub_cert_aia_missing",
    .description = "A non-CA certificate must carry an authorityInformationAccess extension.",
    .citation = "BRs: 7.1.2.3",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .peers = "certlint:Certificate does not include authorityInformationAccess. BRs require OCSP stapling for this certificate.;x509lint:no authorityInformationAccess extension;pkilint:cabf.serverauth.subscriber.authority_info_access_extension_absent",
    .requires_facts = lint::fact::kNotCa,
};

class SubCertAiaMissing final
    : public families::RequiredExtensionCheck<oid::kAuthorityInfoAccess, lint::Status::kError> {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return !util::cert::IsCaCert(c); }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCertAiaMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
