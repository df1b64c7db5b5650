// BRs 7.1.2.3 (Subscriber Certificate), extKeyUsage: the extension is
// required.
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
    .name = "e_sub_cert_eku_missing",
    .description = "A non-CA certificate must carry an extKeyUsage extension.",
    .citation = "BRs: 7.1.2.3",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .peers = "x509lint:Subscriber certificate without Extended Key Usage;pkilint:cabf.serverauth.subscriber.extended_key_usage_extension_absent",
    .requires_facts = lint::fact::kNotCa,
};

class SubCertEkuMissing final
    : public families::RequiredExtensionCheck<oid::kExtKeyUsage, lint::Status::kError> {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return !util::cert::IsCaCert(c); }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCertEkuMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
