// File: the check shared by the ETSI EN 319 412-5 lints on one qcStatement
// (QcType, QcPDS, ...): they differ only in what they find wrong with the
// statement once it has been read.
#ifndef CAIR_LINTS_UTIL_FAMILIES_QC_STATEMENT_H_
#define CAIR_LINTS_UTIL_FAMILIES_QC_STATEMENT_H_

#include <string>
#include <string_view>
#include <utility>

#include "der/input.h"
#include "lint/lint.h"
#include "lints/util/etsi/qc_statements.h"

namespace cair::lints::families {

// QcStatementCheck applies when the certificate carries the statement
// `statement` (and `Applies` holds); a malformed qcStatements extension or
// statement is an error with the reader's message; otherwise `Inspect` lists
// the problems with the statement, joined with "; " into the details of a
// `status` result.
class QcStatementCheck : public lint::CertificateLint {
 public:
  QcStatementCheck(der::Input statement, lint::Status status) : statement_(statement), status_(status) {}
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::etsi::LookupQcStatement(c, statement_).present && Applies(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const util::etsi::QcStatementLookup r = util::etsi::LookupQcStatement(c, statement_);
    if (!r.error.empty()) return lint::Error(r.error);
    std::string details;
    Inspect(r, &details);
    if (details.empty()) return lint::Pass();
    return lint::Result{status_, std::move(details)};
  }

 protected:
  virtual bool Applies(const x509::Certificate&) const { return true; }
  // Add appends `problem` to `details`, after "; " when it is not the first.
  static void Add(std::string* details, std::string_view problem) {
    if (!details->empty()) *details += "; ";
    *details += problem;
  }
  // Inspect adds the problems with the statement `r` to `details` (with `Add`).
  virtual void Inspect(const util::etsi::QcStatementLookup& r, std::string* details) const = 0;

 private:
  const der::Input statement_;
  const lint::Status status_;
};

}  // namespace cair::lints::families

#endif  // CAIR_LINTS_UTIL_FAMILIES_QC_STATEMENT_H_
