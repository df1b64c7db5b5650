// Before CA/B Forum BRs 1.6.2 (10 December 2018) said so explicitly, RFC
// 5280 4.2.1.6's preferred name syntax applied: a dNSName must not contain an
// underscore. Checked on subscriber certificates' subjectAltName dNSNames.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/dns_names.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_no_underscores_before_1_6_2",
    .description = "Before BRs 1.6.2, subjectAltName dNSNames must not contain an underscore.",
    .citation = "BRs: 7.1.4.2.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kZeroDate,
    .ineffective = lint::dates::kCABFBRs_1_6_2_Date,
    .requires_facts = lint::fact::kNotCa,
};

class NoUnderscoreBefore162 final : public families::SanUnderscoreCheck {};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, NoUnderscoreBefore162);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
