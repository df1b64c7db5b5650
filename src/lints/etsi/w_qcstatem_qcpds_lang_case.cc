// ETSI EN 319 412-5 V2.2.1 clause 4.3.4: the PdsLocation language is an ISO 639-1
// code, which is written in lower-case letters.
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/etsi/qc_statements.h"
#include "lints/util/families/qc_statement.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_qcstatem_qcpds_lang_case",
    .description = "The language codes of the QcPDS statement should be written in lower case (ISO 639-1).",
    .citation = "ETSI EN 319 412-5 v2.2.1: 4.3.4",
    .source = lint::Source::kEtsiEsi,
    .effective = lint::dates::kEtsiEn319_412_5_V2_2_1_Date,
    .requires_facts = lint::fact::kQcStatements,
};

class QcPdsLangCase final : public families::QcStatementCheck {
 public:
  QcPdsLangCase() : QcStatementCheck(util::etsi::kQcPds, lint::Status::kWarn) {}

 private:
  void Inspect(const util::etsi::QcStatementLookup& r, std::string* details) const override {
    for (size_t i = 0; i < r.pds.size(); ++i)
      if (!util::etsi::OnlyLowerCaseLetters(r.pds[i].language))
        Add(details, "the language code of PDS location " + std::to_string(i) + " is not all lower-case letters");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, QcPdsLangCase);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
