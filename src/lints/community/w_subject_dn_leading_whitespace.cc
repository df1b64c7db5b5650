// Community rule (from AWS Labs certlint): an AttributeValue of a naming
// attribute in the subject should not start with whitespace, which breaks name
// comparison and display.
#include "lint/registry.h"
#include "lints/util/subject/values.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_subject_dn_leading_whitespace",
    .description = "Subject naming attribute values should not begin with whitespace.",
    .citation = "certlint: awslabs/certlint",
    .source = lint::Source::kCommunity,
    .peers = "certlint:Leading whitepsace in …",
};

class SubjectDnLeadingWhitespace final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (!c.subject.ok) return lint::Fatal("subject is not a well-formed RDNSequence");
    return util::subject::SubjectDnWhitespace(c).leading ? lint::Warn() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectDnLeadingWhitespace);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
