// ETSI EN 319 412-5 V2.4.1 clause 4.3.4, QCS-4.3.4-03: a PDS URL in the QcPDS
// statement shall use the "https" scheme.
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/etsi/qc_statements.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_qcstatem_pds_must_have_https_only",
    .description = "Every PDS URL of the QcPDS statement must use the https scheme.",
    .citation = "ETSI EN 319 412-5 v2.4.1: 4.3.4",
    .source = lint::Source::kEtsiEsi,
    .effective = lint::dates::kEtsiEn319_412_5_V2_4_1_Date,
    .requires_facts = lint::fact::kQcStatements,
};

class QcPdsHttpsOnly final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::etsi::LookupQcStatement(c, util::etsi::kQcPds).present;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const util::etsi::QcStatementLookup r = util::etsi::LookupQcStatement(c, util::etsi::kQcPds);
    if (!r.error.empty()) return lint::Error("the QcPDS statement could not be read: " + r.error);
    for (const util::etsi::QcPdsLocation& loc : r.pds)
      if (loc.url.rfind("https://", 0) != 0)
        return lint::Error("the PDS URL " + loc.url + " does not use the https scheme");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, QcPdsHttpsOnly);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
