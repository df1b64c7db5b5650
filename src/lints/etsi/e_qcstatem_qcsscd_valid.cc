// ETSI EN 319 412-5 V2.2.1 clause 4.2.2: esi4-qcStatement-4 (QcSSCD) has no
// statementInfo; the statement is the bare identifier.
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/etsi/qc_statements.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_qcstatem_qcsscd_valid",
    .description = "The QcSSCD statement must consist of its identifier only.",
    .citation = "ETSI EN 319 412-5 v2.2.1: 4.2.2",
    .source = lint::Source::kEtsiEsi,
    .effective = lint::dates::kEtsiEn319_412_5_V2_2_1_Date,
    .requires_facts = lint::fact::kQcStatements,
};

class QcSscdValid final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::etsi::LookupQcStatement(c, util::etsi::kQcSscd).present;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const util::etsi::QcStatementLookup r = util::etsi::LookupQcStatement(c, util::etsi::kQcSscd);
    return r.error.empty() ? lint::Pass() : lint::Error(r.error);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, QcSscdValid);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
