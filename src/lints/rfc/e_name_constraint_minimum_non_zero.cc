// RFC 5280 4.2.1.10 Name Constraints: within this profile the minimum and
// maximum fields are not used with any name form; minimum MUST be zero.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_name_constraint_minimum_non_zero",
    .description = "Every GeneralSubtree of a nameConstraints extension must have a minimum distance of zero.",
    .citation = "RFC 5280: 4.2.1.10",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .requires_facts = lint::fact::kNameConstraints,
};

// The name forms zcrypto keeps subtrees for, uniformResourceIdentifier (6)
// excepted: zlint does not inspect those.
bool IsJudged(uint32_t tag_number) {
  return tag_number >= 1 && tag_number <= 8 && tag_number != 6;
}

class NameConstraintMinimumNonZero final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::LastExtension(c, oid::kNameConstraints) != nullptr;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    bool bad = false;
    util::zcrypto::ForEachNameSubtree(c, [&](bool, const x509::GeneralSubtree& s) {
      if (IsJudged(s.base.tag.number) && s.has_minimum && s.minimum != 0) bad = true;
    });
    return bad ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, NameConstraintMinimumNonZero);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
