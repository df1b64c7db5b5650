// ETSI EN 319 412-5 V2.2.1 clause 4.3.3: QcEuRetentionPeriod ::= INTEGER, a
// number of years after the certificate expires.
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/etsi/qc_statements.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_qcstatem_qcretentionperiod_valid",
    .description = "The QcRetentionPeriod statement must hold a non-negative INTEGER number of years.",
    .citation = "ETSI EN 319 412-5 v2.2.1: 4.3.3",
    .source = lint::Source::kEtsiEsi,
    .effective = lint::dates::kEtsiEn319_412_5_V2_2_1_Date,
    .requires_facts = lint::fact::kQcStatements,
};

class QcRetentionPeriodValid final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::etsi::LookupQcStatement(c, util::etsi::kQcRetentionPeriod).present;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const util::etsi::QcStatementLookup r = util::etsi::LookupQcStatement(c, util::etsi::kQcRetentionPeriod);
    if (!r.error.empty()) return lint::Error(r.error);
    if (r.retention_years < 0) return lint::Error("the retention period is negative");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, QcRetentionPeriodValid);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
