// File: the QcType statement check (ETSI EN 319 412-5 4.2.3) shared by the
// `e_qcstatem_qctype_*` lints: they differ only in which types they require.
#ifndef CAIR_LINTS_UTIL_FAMILIES_QC_TYPE_H_
#define CAIR_LINTS_UTIL_FAMILIES_QC_TYPE_H_

#include <string>
#include <vector>

#include "der/input.h"
#include "lint/lint.h"
#include "lints/util/etsi/qc_statements.h"
#include "lints/util/families/qc_statement.h"

namespace cair::lints::families {

// QcTypeCheck is QcStatementCheck on the QcType statement, an error when
// `Check` lists problems with the declared types.
class QcTypeCheck : public QcStatementCheck {
 public:
  QcTypeCheck() : QcStatementCheck(util::etsi::kQcType, lint::Status::kError) {}

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
  // Check adds the problems with `types` to `details` (with `Add`).
  virtual void Check(const std::vector<der::Input>& types, std::string* details) const = 0;

 private:
  void Inspect(const util::etsi::QcStatementLookup& r, std::string* details) const final {
    Check(r.qc_types, details);
  }
};

}  // namespace cair::lints::families

#endif  // CAIR_LINTS_UTIL_FAMILIES_QC_TYPE_H_
