// RFC 5280 4.2.1.10 Name Constraints: conforming CAs MUST NOT issue
// certificates where name constraints is an empty sequence; permittedSubtrees
// or excludedSubtrees MUST be present.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/reader.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_name_constraint_empty",
    .description = "A nameConstraints extension must contain permitted or excluded subtrees, not an empty SEQUENCE.",
    .citation = "RFC 5280: 4.2.1.10",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .requires_facts = lint::fact::kNameConstraints,
};

class NameConstraintEmpty final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    // Only an extension value that is exactly one SEQUENCE is judged.
    const x509::Extension* e = util::zcrypto::LastExtension(c, oid::kNameConstraints);
    if (!e) return false;
    der::Input rest;
    auto seq = util::zcrypto::ReadStrict(e->value, &rest);
    return seq && rest.empty() && seq->tag == der::kSequence;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    auto seq = util::zcrypto::ReadStrict(util::zcrypto::LastExtension(c, oid::kNameConstraints)->value);
    return seq && seq->value.empty() ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, NameConstraintEmpty);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
