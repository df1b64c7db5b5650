// ETSI EN 319 412-5 V2.2.1 clause 4.3.2: QcEuLimitValue ::= MonetaryValue, whose
// currency is a three-letter PrintableString or a numeric code 1..999
// (ISO 4217).
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/etsi/qc_statements.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_qcstatem_qclimitvalue_valid",
    .description = "The QcLimitValue statement must be a well-formed MonetaryValue with a valid ISO 4217 currency and a non-negative amount.",
    .citation = "ETSI EN 319 412-5 v2.2.1: 4.3.2",
    .source = lint::Source::kEtsiEsi,
    .effective = lint::dates::kEtsiEn319_412_5_V2_2_1_Date,
    .requires_facts = lint::fact::kQcStatements,
};

class QcLimitValueValid final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::etsi::LookupQcStatement(c, util::etsi::kQcLimitValue).present;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const util::etsi::QcStatementLookup r = util::etsi::LookupQcStatement(c, util::etsi::kQcLimitValue);
    if (!r.error.empty()) return lint::Error(r.error);
    std::string details;
    auto add = [&](const char* m) {
      if (!details.empty()) details += "; ";
      details += m;
    };
    if (r.limit.amount < 0) add("the amount is negative");
    if (r.limit.numeric) {
      if (r.limit.currency_num < 1 || r.limit.currency_num > 999)
        add("the numeric currency code is outside 1..999");
    } else {
      if (r.limit.currency_alpha.size() != 3) add("the alphabetic currency code is not 3 characters long");
      if (!util::etsi::OnlyLetters(r.limit.currency_alpha)) add("the alphabetic currency code holds non-letters");
    }
    return details.empty() ? lint::Pass() : lint::Error(details);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, QcLimitValueValid);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
