// ETSI EN 319 412-5 V2.5.0 clause 4.2.3: QcType is now SEQUENCE SIZE (1) OF
// OBJECT IDENTIFIER: exactly one of id-etsi-qct-esign, -eseal or -web.
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/etsi_qcstatements.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_qcstatem_qctype_oneonly",
    .description = "The QcType statement must list exactly one type, which must be esign, eseal or web.",
    .citation = "ETSI EN 319 412 - 5 V2.5.0 (2025 - 03) / Section 4.2.3",
    .source = Source::kEtsiEsi,
    .effective = dates::kEtsiEn319_411_2_V2_5_0_Date,
};

bool IsKnownQcType(der::Input t) {
  return t == util::kEtsiQctEsign || t == util::kEtsiQctEseal || t == util::kEtsiQctWeb;
}

class QcTypeOneOnly final : public CertificateLint {
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
    // zlint's messages are kept verbatim: its test suite compares them.
    if (r.qc_types.empty()) details += "no QcType present, sequence of OIDs is empty";
    if (r.qc_types.size() > 1) details += "more than one QcType present, sequence must have exactly size 1";
    for (der::Input t : r.qc_types)
      if (!IsKnownQcType(t)) add("encountered invalid ETSI QcType OID: " + util::QcOidText(t));
    return details.empty() ? Pass() : Error(details);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, QcTypeOneOnly);
}  // namespace cair::lints
