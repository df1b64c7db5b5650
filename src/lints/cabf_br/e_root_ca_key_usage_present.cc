// BRs 7.1.2.1 (Root CA Certificate): the keyUsage extension must be present.
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
    .name = "e_root_ca_key_usage_present",
    .description = "A root CA certificate must carry a keyUsage extension.",
    .citation = "BRs: 7.1.2.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kRFC2459Date,
    .peers = "pkilint:cabf.serverauth.root.key_usage_extension_absent",
    .requires_facts = lint::fact::kCa | lint::fact::kSelfIssued,
};

class RootCaKeyUsagePresent final
    : public families::RequiredExtensionCheck<oid::kKeyUsage, lint::Status::kError> {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::cert::IsRootCa(c); }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RootCaKeyUsagePresent);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
