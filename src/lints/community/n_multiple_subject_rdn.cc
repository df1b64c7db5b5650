// Community rule (from AWS Labs certlint): each RelativeDistinguishedName of a
// subject normally holds one attribute; a multi-valued RDN (several
// attributes in one SET) is rare in practice and is often an encoding mistake.
#include "lint/registry.h"
#include "lints/util/subject/values.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "n_multiple_subject_rdn",
    .description = "A subject RDN holding more than one attribute is unusual and may be a mistake.",
    .citation = "certlint: awslabs/certlint",
    .source = lint::Source::kCommunity,
    .peers = "certlint:Multiple attributes in a single RDN in the subject Name",
};

class SubjectMultipleRdn final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (!c.subject.ok) return lint::Fatal("subject is not a well-formed RDNSequence");
    return util::subject::HasMultiValuedRdn(c.subject) ? lint::Info() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectMultipleRdn);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
