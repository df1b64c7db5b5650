// RFC 5280 4.2.1.10 Name Constraints: within this profile the minimum and
// maximum fields are not used with any name form; maximum MUST be absent.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_name_constraint_maximum_not_absent",
    .description = "No GeneralSubtree of a nameConstraints extension may carry a maximum distance.",
    .citation = "RFC 5280: 4.2.1.10",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .peers = "pkilint:pkix.name_constraints_maximum_specified",
    .requires_facts = lint::fact::kNameConstraints,
};

// The subtrees whose maximum zlint inspects: every name form zcrypto keeps
// except uniformResourceIdentifier and, on the permitted side, rfc822Name
// (zlint checks the permitted dNSName list twice instead). A maximum of
// zero reads the same as an absent one.
bool IsJudged(bool permitted, uint32_t tag_number) {
  switch (tag_number) {
    case 1: return !permitted;          // rfc822Name
    case 2: case 3: case 4: case 5:     // dNSName, x400Address, directoryName, ediPartyName
    case 7: case 8: return true;        // iPAddress, registeredID
    default: return false;
  }
}

class NameConstraintMaximumNotAbsent final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::LastExtension(c, oid::kNameConstraints) != nullptr;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    bool bad = false;
    util::zcrypto::ForEachNameSubtree(c, [&](bool permitted, const x509::GeneralSubtree& s) {
      if (IsJudged(permitted, s.base.tag.number) && s.has_maximum && s.maximum != 0) bad = true;
    });
    return bad ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, NameConstraintMaximumNotAbsent);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
