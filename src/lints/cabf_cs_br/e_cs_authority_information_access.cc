// CS BRs 7.1.2.3(a): code signing and subordinate CA certificates carry an
// authorityInformationAccess extension, and it is not critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cs_authority_information_access",
    .description = "A code signing certificate must have a non-critical authorityInformationAccess extension.",
    .citation = "CS BRs: 7.1.2.3.a",
    .source = lint::Source::kCabfCsBr,
    .effective = lint::dates::kCABF_CS_BRs_1_2_Date,
};

class CsAuthorityInformationAccess final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubscriberCert(c) || util::cert::IsSubCa(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const x509::Extension* aia = util::zcrypto::LastExtension(c, oid::kAuthorityInfoAccess);
    if (aia == nullptr) return lint::Error("the authorityInformationAccess extension is missing");
    if (aia->critical) return lint::Error("the authorityInformationAccess extension is marked critical");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CsAuthorityInformationAccess);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
