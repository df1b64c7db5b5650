// ETSI EN 319 412-5 v2.6.1, QCS-4.1-02A: an ETSI-defined QCStatement
// (id-etsi-qcs 1..9) may occur at most once in the qcStatements extension.
#include <vector>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/etsi/qc_statements.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_duplicate_etsi_qcstatement",
    .description = "No ETSI EN 319 412-5 QCStatement may appear twice in the qcStatements extension.",
    .citation = "ETSI EN 319 412-5 v2.6.1: QCS-4.1-02A",
    .source = lint::Source::kEtsiEsi,
    .effective = lint::dates::kEtsiEn319_412_5_V2_6_1_Date,
    .requires_facts = lint::fact::kQcStatements,
};

bool IsEtsiStatementId(der::Input id) {
  static const der::Input kIds[] = {
      util::etsi::kQcCompliance, util::etsi::kQcLimitValue,  util::etsi::kQcRetentionPeriod,
      util::etsi::kQcSscd,       util::etsi::kQcPds,         util::etsi::kQcType,
      util::etsi::kQcCcLegislation, util::etsi::kQcIdentMethod, util::etsi::kQcQscdLegislation};
  for (der::Input k : kIds)
    if (id == k) return true;
  return false;
}

class DuplicateEtsiQcStatement final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::etsi::QcStatementsExtension(c) != nullptr;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const std::vector<der::Input> ids = util::etsi::CertQcStatements(c).AllIds();
    for (size_t i = 0; i < ids.size(); ++i) {
      if (!IsEtsiStatementId(ids[i])) continue;
      for (size_t j = 0; j < i; ++j)
        if (ids[j] == ids[i])
          return lint::Error("the ETSI QCStatement " + util::etsi::QcOidText(ids[i]) +
                       " occurs more than once in the qcStatements extension");
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DuplicateEtsiQcStatement);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
