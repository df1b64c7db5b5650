// BRs 7.1.2.1.2 (Root CA extensions): authorityKeyIdentifier is RECOMMENDED
// in a root CA certificate (7.1.2.1.3: keyIdentifier equal to the
// subjectKeyIdentifier).
#include "lint/registry.h"
#include "lints/util/families/required_extension.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_br_root_aki_missing",
    .description = "A root CA certificate should include the authority key identifier extension.",
    .citation = "BRs: 7.1.2.1.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.root.authority_key_identifier_extension_absent",
    .requires_facts = lint::fact::kSelfIssued,
};

class RootAkiMissing final
    : public families::RequiredExtensionCheck<oid::kAuthorityKeyIdentifier, lint::Status::kWarn> {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return br_profile::Detect(c) == br_profile::Type::kRoot;
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RootAkiMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
