// RFC 5280 4.1.2.6: where it is non-empty, the subject field MUST contain an
// X.500 distinguished name, i.e. a well-formed RDNSequence (a SEQUENCE OF
// SET OF AttributeTypeAndValue).
#include "lint/effective_dates.h"
#include "lint/registry.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subject_not_dn",
    .description = "A non-empty subject field must be encoded as an X.500 distinguished name.",
    .citation = "RFC 5280: 4.1.2.6",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
};

class SubjectNotDn final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    // zlint can only see a subject that parsed as an RDNSequence, so it always
    // passes; a subject our lenient parser had to read past is reported.
    return c.subject.ok ? lint::Pass() : lint::Error("subject is not a well-formed RDNSequence");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectNotDn);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
