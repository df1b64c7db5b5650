// File: lint/run_object.h
// Runs a Runner over an object whose type was found by parsing it
// (x509::ParseObject: certificate, CRL or OCSP response), the step shared by
// every caller that lints what it was given without knowing its type.
#ifndef CAIR_LINT_RUN_OBJECT_H_
#define CAIR_LINT_RUN_OBJECT_H_

#include <vector>

#include "lint/lint.h"
#include "lint/runner.h"
#include "x509/object.h"

namespace cair::lint {

// RunObject runs `runner`'s lints of `parsed`'s type into `*results` and
// returns their metadata, aligned with `*results` (certificate_lints(),
// crl_lints() or ocsp_lints()); nullptr, `*results` untouched, when nothing
// parsed (ParsedKind::kNone).
const std::vector<const Metadata*>* RunObject(const Runner& runner, const x509::ParsedObject& parsed,
                                              std::vector<Result>* results);

}  // namespace cair::lint

#endif  // CAIR_LINT_RUN_OBJECT_H_
