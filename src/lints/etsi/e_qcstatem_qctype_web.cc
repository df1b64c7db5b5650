// ETSI EN 319 412-5 V2.2.1 clause 4.2.3: a certificate for website authentication
// declares the type id-etsi-qct-web in its QcType statement. As in zlint, a
// certificate counts as one for website authentication when its extKeyUsage
// names id-kp-serverAuth.
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/br_ext_zcrypto.h"
#include "lints/util/etsi_qcstatements.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_qcstatem_qctype_web",
    .description = "A certificate with the serverAuth key purpose must declare the web type in its QcType statement.",
    .citation = "ETSI EN 319 412 - 5 V2.2.1 (2017 - 11) / Section 4.2.3",
    .source = Source::kEtsiEsi,
    .effective = dates::kEtsiEn319_412_5_V2_2_1_Date,
};

bool IsKnownQcType(der::Input t) {
  return t == util::kEtsiQctEsign || t == util::kEtsiQctEseal || t == util::kEtsiQctWeb;
}

class QcTypeWeb final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::LookupQcStatement(c, util::kEtsiQcType).present &&
           util::BrExtHasEku(c, oid::kEkuServerAuth);
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
    bool web = false;
    for (der::Input t : r.qc_types) web = web || t == util::kEtsiQctWeb;
    if (!web) add("the QcType statement does not declare the web type");
    return details.empty() ? Pass() : Error(details);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, QcTypeWeb);
}  // namespace cair::lints
