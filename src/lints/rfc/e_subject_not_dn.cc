// RFC 5280 4.1.2.6: where it is non-empty, the subject field MUST contain an
// X.500 distinguished name, i.e. a well-formed RDNSequence (a SEQUENCE OF
// SET OF AttributeTypeAndValue).
#include "lint/effective_dates.h"
#include "lint/registry.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_subject_not_dn",
    .description = "A non-empty subject field must be encoded as an X.500 distinguished name.",
    .citation = "RFC 5280: 4.1.2.6",
    .source = Source::kRfc5280,
    .effective = dates::kRFC2459Date,
};

class SubjectNotDn final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  Result Execute(const x509::Certificate& c) const override {
    // zlint can only see a subject that parsed as an RDNSequence, so it always
    // passes; a subject our lenient parser had to read past is reported.
    return c.subject.ok ? Pass() : Error("subject is not a well-formed RDNSequence");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectNotDn);
}  // namespace cair::lints
