// BRs 4.9.9 (OCSP Signing): an OCSP responder certificate issued under the BRs
// must contain the id-pkix-ocsp-nocheck extension defined in RFC 6960
// 4.2.2.2.1.
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
    .name = "e_ocsp_id_pkix_ocsp_nocheck_ext_not_included_server_auth",
    .description = "A delegated OCSP responder certificate must include the id-pkix-ocsp-nocheck extension.",
    .citation = "BRs: 4.9.9",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .override_framework_filter = true,
    .peers = "pkilint:cabf.serverauth.ocsp_responder.ocsp_nocheck_extension_absent",
    .requires_facts = lint::fact::kEkuOcspSigning | lint::fact::kExtKeyUsage,
};

class OcspNocheckMissing final
    : public families::RequiredExtensionCheck<oid::kOcspNoCheck, lint::Status::kError> {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::HasEku(c, oid::kEkuOcspSigning);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, OcspNocheckMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
