// ETSI EN 319 412-5 V2.2.1 clause 4.1: a qcStatements extension carrying
// ETSI-defined statements shall not be marked critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/etsi/qc_statements.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_qcstatem_etsi_present_qcs_critical",
    .description = "A qcStatements extension that holds ETSI statements must be non-critical.",
    .citation = "ETSI EN 319 412-5 v2.2.1: 4.1",
    .source = lint::Source::kEtsiEsi,
    .effective = lint::dates::kEtsiEn319_412_5_V2_2_1_Date,
    .requires_facts = lint::fact::kQcStatements,
};

class QcsEtsiPresentCritical final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::etsi::AnyQcStatementPresent(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (util::etsi::QcStatementsExtension(c)->critical)
      return lint::Error("the qcStatements extension holds ETSI statements and is marked critical");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, QcsEtsiPresentCritical);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
