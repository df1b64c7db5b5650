// ETSI EN 319 412-5 V2.2.1 clause 4.3.4: QcEuPDS is a non-empty SEQUENCE OF
// PdsLocation { url IA5String, language PrintableString (SIZE(2)) }, and at
// least one PDS shall be in English.
#include <string>
#include <vector>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/names.h"
#include "lints/util/etsi/qc_statements.h"

namespace cair::lints {
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_qcstatem_qcpds_valid",
    .description = "The QcPDS statement must list PDS locations with two-letter language codes, one of them English, none repeated.",
    .citation = "ETSI EN 319 412-5 v2.2.1: 4.3.4",
    .source = lint::Source::kEtsiEsi,
    .effective = lint::dates::kEtsiEn319_412_5_V2_2_1_Date,
};

class QcPdsValid final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::etsi::LookupQcStatement(c, util::etsi::kQcPds).present;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const util::etsi::QcStatementLookup r = util::etsi::LookupQcStatement(c, util::etsi::kQcPds);
    if (!r.error.empty()) return lint::Error(r.error);
    std::string details;
    auto add = [&](const std::string& m) {
      if (!details.empty()) details += "; ";
      details += m;
    };
    if (r.pds.empty()) add("the PDS list is empty");
    std::vector<std::string> seen;  // languages as written
    bool english = false;
    for (size_t i = 0; i < r.pds.size(); ++i) {
      const std::string& lang = r.pds[i].language;
      if (lang.size() != 2) add("PDS location " + std::to_string(i) + " has a language code that is not 2 characters long");
      const std::string lower = util::dns::AsciiLower(lang);
      if (lower == "en") english = true;
      for (const std::string& s : seen)
        if (s == lower) {
          add("the language code '" + lang + "' occurs more than once");
          break;
        }
      seen.push_back(lang);
    }
    if (!english) add("no PDS in English is present");
    return details.empty() ? lint::Pass() : lint::Error(details);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, QcPdsValid);
}  // namespace cair::lints
