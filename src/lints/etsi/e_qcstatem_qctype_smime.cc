// ETSI EN 319 412-5 V2.2.1 clause 4.2.3: a certificate for electronic signatures
// or seals declares id-etsi-qct-esign or id-etsi-qct-eseal in its QcType statement.
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/etsi_qcstatements.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_qcstatem_qctype_smime",
    .description = "An S/MIME certificate's QcType statement must include the esign or eseal type.",
    .citation = "ETSI EN 319 412 - 5 V2.2.1 (2017 - 11) / Section 4.2.3",
    .source = Source::kEtsiEsi,
    .effective = dates::kEtsiEn319_412_5_V2_2_1_Date,
};

bool IsKnownQcType(der::Input t) {
  return t == util::kEtsiQctEsign || t == util::kEtsiQctEseal || t == util::kEtsiQctWeb;
}

class QcTypeSmime final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::LookupQcStatement(c, util::kEtsiQcType).present && util::HasSmimeBrPolicy(c);
  }
  Result Execute(const x509::Certificate& c) const override {
    const util::QcStatementLookup r = util::LookupQcStatement(c, util::kEtsiQcType);
    if (!r.error.empty()) return Error(r.error);
    std::string details;
    auto add = [&](const std::string& m) {
      if (!details.empty()) details += "; ";
      details += m;
    };
    (void)IsKnownQcType;
    if (r.qc_types.empty()) add("the QcType list is empty");
    bool found = false;
    for (der::Input t : r.qc_types) found = found || t == util::kEtsiQctEsign || t == util::kEtsiQctEseal;
    if (!found) add("the QcType statement declares neither the esign nor the eseal type");
    return details.empty() ? Pass() : Error(details);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, QcTypeSmime);
}  // namespace cair::lints
