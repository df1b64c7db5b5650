// CA/B Forum BRs 7.1.4.2.1: the subjectAltName extension is required in
// subscriber certificates; zlint checks every certificate that is not a CA.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/required_extension.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_san_missing",
    .description = "Certificates that are not CA certificates must contain a subjectAltName extension.",
    .citation = "BRs: 7.1.4.2.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .peers = "certlint:BR certificates must have subject alternative names extension;x509lint:No Subject alternative name extension;pkilint:cabf.serverauth.subscriber.subject_altname_extension_absent",
    .requires_facts = lint::fact::kNotCa,
};

class SanMissing final : public families::RequiredExtensionCheck<oid::kSubjectAltName, lint::Status::kError> {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return !c.IsCa(); }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SanMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
