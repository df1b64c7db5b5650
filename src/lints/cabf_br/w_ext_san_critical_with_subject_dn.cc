// RFC 5280 4.2.1.6 (applied by zlint to CA/B Forum server certificates):
// when the subject distinguished name is not empty, the subjectAltName
// extension SHOULD be non-critical. zlint reads the criticality of the
// extension zcrypto keeps (the last subjectAltName extension).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_ext_san_critical_with_subject_dn",
    .description = "The subjectAltName extension should not be critical when the subject name is not empty.",
    .citation = "RFC 5280: 4.2.1.6",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kRFC5280Date,
    .peers = "pkilint:pkix.san_extension_is_critical_non_empty_subject",
    .requires_facts = lint::fact::kSubjectAltName,
};

class ExtSanCriticalWithSubjectDn final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kSubjectAltName);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const x509::Extension* san = util::zcrypto::LastExtension(c, oid::kSubjectAltName);
    return san->critical && !c.subject.attributes.empty() ? lint::Warn() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExtSanCriticalWithSubjectDn);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
