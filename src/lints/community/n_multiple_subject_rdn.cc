// Community rule (from AWS Labs certlint): each RelativeDistinguishedName of a
// subject normally holds one attribute; a multi-valued RDN (several
// attributes in one SET) is rare in practice and is often an encoding mistake.
#include "lint/registry.h"
#include "lints/util/dn_values.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "n_multiple_subject_rdn",
    .description = "A subject RDN holding more than one attribute is unusual and may be a mistake.",
    .citation = "lint.AWSLabs certlint",
    .source = Source::kCommunity,
    .peers = "certlint:Multiple attributes in a single RDN in the subject Name",
};

class SubjectMultipleRdn final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  Result Execute(const x509::Certificate& c) const override {
    if (!c.subject.ok) return Fatal("subject is not a well-formed RDNSequence");
    return util::HasMultiValuedRdn(c.subject) ? Info() : Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectMultipleRdn);
}  // namespace cair::lints
