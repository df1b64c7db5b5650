// ETSI EN 319 412-5 V2.2.1 clause 5: a qcStatements extension with ETSI
// statements must include the mandatory QcCompliance statement.
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/etsi/qc_statements.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_qcstatem_mandatory_etsi_statems",
    .description = "A qcStatements extension with any ETSI statement must also carry the QcCompliance statement.",
    .citation = "ETSI EN 319 412-5 v2.2.1: 5",
    .source = lint::Source::kEtsiEsi,
    .effective = lint::dates::kEtsiEn319_412_5_V2_2_1_Date,
    .requires_facts = lint::fact::kQcStatements,
};

class MandatoryEtsiStatements final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::etsi::AnyQcStatementPresent(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const util::etsi::QcStatementLookup r = util::etsi::LookupQcStatement(c, util::etsi::kQcCompliance);
    std::string details = r.error;
    if (!r.present) {
      if (!details.empty()) details += "; ";
      details += "the mandatory QcCompliance statement is missing";
    }
    return details.empty() ? lint::Pass() : lint::Error(details);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, MandatoryEtsiStatements);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
