// ETSI EN 319 412-5 V2.2.1 clause 4.2.3: the QcType values (id-etsi-qct-esign,
// -eseal, -web) belong inside a QcType statement; they are not statement
// identifiers of their own.
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/etsi/qc_statements.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_qcstatem_etsi_type_as_statem",
    .description = "A QcType value OID must not be used as a QCStatement identifier.",
    .citation = "ETSI EN 319 412-5 v2.2.1: 4.2.3",
    .source = lint::Source::kEtsiEsi,
    .effective = lint::dates::kEtsiEn319_412_5_V2_2_1_Date,
    .requires_facts = lint::fact::kQcStatements,
};

class QcTypeAsStatement final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::etsi::QcStatementsExtension(c) != nullptr;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    std::string details;
    auto add = [&](const std::string& m) {
      if (m.empty()) return;
      if (!details.empty()) details += "; ";
      details += m;
    };
    for (der::Input t : {util::etsi::kQctEsign, util::etsi::kQctEseal, util::etsi::kQctWeb}) {
      const util::etsi::QcStatementLookup r = util::etsi::LookupQcStatement(c, t);
      add(r.error);
      if (r.present) add("the QcType value " + util::etsi::QcOidText(t) + " is used as a QCStatement identifier");
    }
    return details.empty() ? lint::Pass() : lint::Error(details);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, QcTypeAsStatement);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
