// Community rule (from AWS Labs certlint): an AttributeValue of a naming
// attribute in the subject should not end with whitespace, which breaks name
// comparison and display.
#include "lint/registry.h"
#include "lints/util/subject/values.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_subject_dn_trailing_whitespace",
    .description = "Subject naming attribute values should not end with whitespace.",
    .citation = "certlint: awslabs/certlint",
    .source = lint::Source::kCommunity,
    .peers = "certlint:Trailing whitespace in …",
};

class SubjectDnTrailingWhitespace final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (!c.subject.ok) return lint::Fatal("subject is not a well-formed RDNSequence");
    return util::subject::SubjectDnWhitespace(c).trailing ? lint::Warn() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectDnTrailingWhitespace);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
