// ETSI EN 319 412-5 V2.2.1 clause 4.3.4: QcEuPDS is a non-empty SEQUENCE OF
// PdsLocation { url IA5String, language PrintableString (SIZE(2)) }, and at
// least one PDS shall be in English.
#include <string>
#include <vector>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/names.h"
#include "lints/util/etsi/qc_statements.h"
#include "lints/util/families/qc_statement.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_qcstatem_qcpds_valid",
    .description = "The QcPDS statement must list PDS locations with two-letter language codes, one of them English, none repeated.",
    .citation = "ETSI EN 319 412-5 v2.2.1: 4.3.4",
    .source = lint::Source::kEtsiEsi,
    .effective = lint::dates::kEtsiEn319_412_5_V2_2_1_Date,
    .requires_facts = lint::fact::kQcStatements,
};

class QcPdsValid final : public families::QcStatementCheck {
 public:
  QcPdsValid() : QcStatementCheck(util::etsi::kQcPds, lint::Status::kError) {}

 private:
  void Inspect(const util::etsi::QcStatementLookup& r, std::string* details) const override {
    if (r.pds.empty()) Add(details, "the PDS list is empty");
    std::vector<std::string> seen;  // languages as written
    bool english = false;
    for (size_t i = 0; i < r.pds.size(); ++i) {
      const std::string& lang = r.pds[i].language;
      if (lang.size() != 2) Add(details, "PDS location " + std::to_string(i) + " has a language code that is not 2 characters long");
      const std::string lower = util::dns::AsciiLower(lang);
      if (lower == "en") english = true;
      for (const std::string& s : seen)
        if (s == lower) {
          Add(details, "the language code '" + lang + "' occurs more than once");
          break;
        }
      seen.push_back(lang);
    }
    if (!english) Add(details, "no PDS in English is present");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, QcPdsValid);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
