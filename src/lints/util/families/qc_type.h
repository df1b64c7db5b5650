// File: the QcType statement check (ETSI EN 319 412-5 4.2.3) shared by the
// `e_qcstatem_qctype_*` lints: they differ only in which types they require.
#ifndef CAIR_LINTS_UTIL_FAMILIES_QC_TYPE_H_
#define CAIR_LINTS_UTIL_FAMILIES_QC_TYPE_H_

#include <string>
#include <string_view>
#include <vector>

#include "der/input.h"
#include "lint/lint.h"
#include "lints/util/etsi/qc_statements.h"

namespace cair::lints::families {

// QcTypeCheck applies when the certificate carries a QcType statement (and
// `Applies` holds); a malformed qcStatements extension is an error with the
// reader's message; otherwise `Check` lists the problems with the declared
// types, joined with "; " into the error's details.
class QcTypeCheck : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::etsi::LookupQcStatement(c, util::etsi::kQcType).present && Applies(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const util::etsi::QcStatementLookup r = util::etsi::LookupQcStatement(c, util::etsi::kQcType);
    if (!r.error.empty()) return lint::Error(r.error);
    std::string details;
    Check(r.qc_types, &details);
    return details.empty() ? lint::Pass() : lint::Error(details);
  }

 protected:
  // IsKnown is true for the three types EN 319 412-5 defines: esign, eseal, web.
  static bool IsKnown(der::Input t) {
    return t == util::etsi::kQctEsign || t == util::etsi::kQctEseal || t == util::etsi::kQctWeb;
  }
  // Contains is true when `types` lists `t`.
  static bool Contains(const std::vector<der::Input>& types, der::Input t) {
    for (der::Input x : types)
      if (x == t) return true;
    return false;
  }
  virtual bool Applies(const x509::Certificate&) const { return true; }
  // Add appends `problem` to `details`, after "; " when it is not the first.
  static void Add(std::string* details, std::string_view problem) {
    if (!details->empty()) *details += "; ";
    *details += problem;
  }
  // Check adds the problems with `types` to `details` (with `Add`).
  virtual void Check(const std::vector<der::Input>& types, std::string* details) const = 0;
};

}  // namespace cair::lints::families

#endif  // CAIR_LINTS_UTIL_FAMILIES_QC_TYPE_H_
