// CA/B Forum BRs 7.1.2.10.3 / 7.1.2.7.7: a subscriber certificate's
// authorityInformationAccess carries HTTP URLs of the issuing CA's OCSP
// responder and certificate; for a publicly-trusted certificate their host
// should not be an Internal Name, i.e. it should be an IP address or end in a
// TLD that is delegated now. A URL that does not parse is an error.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/families/aia_internal_names.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_sub_cert_aia_contains_internal_names",
    .description = "AIA URLs of subscriber certificates should not use internal names as their host.",
    .citation = "BRs: 7.1.2.10.3",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .requires_facts = lint::fact::kNotCa | lint::fact::kAuthorityInfoAccess,
};

class SubCertAiaInternalName final : public families::AiaInternalNames {
  bool Applies(const x509::Certificate& c) const override {
    return util::cert::IsSubscriberCert(c);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCertAiaInternalName);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
