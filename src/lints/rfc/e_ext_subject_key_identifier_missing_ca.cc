// RFC 5280 4.2 and 4.2.1.2: the subject key identifier extension MUST appear
// in all conforming CA certificates (those whose basicConstraints asserts cA).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/required_extension.h"
#include "lints/util/zcrypto/extensions.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_subject_key_identifier_missing_ca",
    .description = "A CA certificate must include the subjectKeyIdentifier extension.",
    .citation = "RFC 5280: 4.2 & 4.2.1.2",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .peers = "pkilint:pkix.certificate_skid_ca_missing;x509lint:SKID missing;pkilint:cabf.serverauth.ca.subject_key_identifier_extension_absent;pkilint:cabf.serverauth.root.subject_key_identifier_extension_absent",
    .requires_facts = lint::fact::kBasicConstraints,
};

class SubjectKeyIdentifierMissingCa final
    : public families::RequiredExtensionCheck<oid::kSubjectKeyIdentifier, lint::Status::kError> {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::BasicConstraintsOf(c).is_ca;
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectKeyIdentifierMissingCa);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
