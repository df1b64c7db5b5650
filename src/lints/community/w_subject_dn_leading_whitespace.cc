// Community rule (from AWS Labs certlint): an AttributeValue of a naming
// attribute in the subject should not start with whitespace, which breaks name
// comparison and display.
#include "lint/registry.h"
#include "lints/util/dn_values.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "w_subject_dn_leading_whitespace",
    .description = "Subject naming attribute values should not begin with whitespace.",
    .citation = "lint.AWSLabs certlint",
    .source = Source::kCommunity,
    .peers = "certlint:Leading whitepsace in …",
};

class SubjectDnLeadingWhitespace final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  Result Execute(const x509::Certificate& c) const override {
    if (!c.subject.ok) return Fatal("subject is not a well-formed RDNSequence");
    return util::FindDnWhitespace(c.subject).leading ? Warn() : Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectDnLeadingWhitespace);
}  // namespace cair::lints
