// ETSI EN 319 412-5 V2.2.1 clause 4.3.4: the PdsLocation language is an ISO 639-1
// code, which is written in lower-case letters.
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/etsi/qc_statements.h"

namespace cair::lints {
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_qcstatem_qcpds_lang_case",
    .description = "The language codes of the QcPDS statement should be written in lower case (ISO 639-1).",
    .citation = "ETSI EN 319 412-5 v2.2.1: 4.3.4",
    .source = lint::Source::kEtsiEsi,
    .effective = lint::dates::kEtsiEn319_412_5_V2_2_1_Date,
};

class QcPdsLangCase final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::etsi::LookupQcStatement(c, util::etsi::kQcPds).present;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const util::etsi::QcStatementLookup r = util::etsi::LookupQcStatement(c, util::etsi::kQcPds);
    if (!r.error.empty()) return lint::Error(r.error);
    std::string details;
    for (size_t i = 0; i < r.pds.size(); ++i) {
      if (util::etsi::OnlyLowerCaseLetters(r.pds[i].language)) continue;
      if (!details.empty()) details += "; ";
      details += "the language code of PDS location " + std::to_string(i) + " is not all lower-case letters";
    }
    return details.empty() ? lint::Pass() : lint::Warn(details);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, QcPdsLangCase);
}  // namespace cair::lints
