// ETSI EN 319 412-5 V2.2.1 clause 4.2.3: QcType ::= SEQUENCE OF OBJECT IDENTIFIER
// (id-etsi-qct-esign, id-etsi-qct-eseal, id-etsi-qct-web); the list is not empty.
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/etsi_qcstatements.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_qcstatem_qctype_valid",
    .description = "The QcType statement must list at least one type, and only esign, eseal or web.",
    .citation = "ETSI EN 319 412 - 5 V2.2.1 (2017 - 11) / Section 4.2.3",
    .source = Source::kEtsiEsi,
    .effective = dates::kEtsiEn319_412_5_V2_2_1_Date,
    .ineffective = dates::kEtsiEn319_411_2_V2_5_0_Date,
};

bool IsKnownQcType(der::Input t) {
  return t == util::kEtsiQctEsign || t == util::kEtsiQctEseal || t == util::kEtsiQctWeb;
}

class QcTypeValid final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::LookupQcStatement(c, util::kEtsiQcType).present;
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
    for (der::Input t : r.qc_types)
      if (!IsKnownQcType(t)) add("unknown ETSI QcType OID " + util::QcOidText(t));
    return details.empty() ? Pass() : Error(details);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, QcTypeValid);
}  // namespace cair::lints
