// RFC 5280 4.2.1.10 Name Constraints: conforming CAs SHOULD NOT impose name
// constraints on the x400Address name form.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/name_constraints.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_name_constraint_on_x400",
    .description = "A nameConstraints extension should not constrain the x400Address name form.",
    .citation = "RFC 5280: 4.2.1.10",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .requires_facts = lint::fact::kNameConstraints,
};

class NameConstraintOnX400 final : public families::NameConstraintOnForm<3> {};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, NameConstraintOnX400);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
