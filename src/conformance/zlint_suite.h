// File: conformance/zlint_suite.h
// Runs zlint's asserted test cases (expectations.tsv over testdata/) against
// our lints, and compares our verdicts with zlint's on a real corpus.
#ifndef CAIR_CONFORMANCE_ZLINT_SUITE_H_
#define CAIR_CONFORMANCE_ZLINT_SUITE_H_

#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace cair::conformance {

struct SuiteRow {
  std::string lint, file, expected, config, details_match, expected_details;
  size_t line = 0;  // line in expectations.tsv
};

struct RowOutcome {
  const SuiteRow* row;
  enum Kind { kPassed, kFailed, kNotImplemented, kKnown } kind;
  std::string got, got_details, why;
};

struct SuiteReport {
  std::vector<SuiteRow> rows;
  std::vector<RowOutcome> outcomes;
  size_t passed = 0, failed = 0, not_implemented = 0, known = 0;
  std::string error;  // set when the suite could not be read at all
};

// A known disagreement: (lint, file) with the rule text that justifies our
// verdict. Loaded from a TSV: lint <TAB> file <TAB> reason.
struct KnownDisagreement {
  std::string lint, file, reason;
};
std::vector<KnownDisagreement> LoadKnown(const std::string& path, std::string* error);

// Runs every row of DIR/expectations.tsv (only rows whose lint name matches
// the regular expression `only`, when it is not empty).
SuiteReport RunZlintSuite(const std::string& dir, const std::vector<KnownDisagreement>& known,
                          const std::string& only = "");

// Prints disagreements, then the counts; the last line is exactly
// "N passed, M failed" (known disagreements and unimplemented lints count as
// failed).
void PrintSuiteReport(const SuiteReport& r, std::ostream& out, bool verbose);

struct CorpusLintStats {
  size_t objects = 0;   // objects the lint ran on (all objects of its type)
  size_t agree = 0;
  size_t we_only = 0;   // we report a finding zlint does not
  size_t zlint_only = 0;
  size_t status_differs = 0;  // both report, different status
  std::vector<std::string> examples;  // "sha256 ours=error zlint=-"
};

struct CorpusReport {
  std::map<std::string, CorpusLintStats> per_lint;
  std::map<std::string, size_t> zlint_lints_not_implemented;  // lint -> findings
  size_t objects = 0, unparsable = 0;
  std::vector<std::string> errors;
  size_t pairs = 0, pairs_agree = 0;
};

// Compares our verdicts with DIR/zlint-<kind>.tsv for each DIR/<kind>.pem.
CorpusReport RunCorpusComparison(const std::string& dir);
void PrintCorpusReport(const CorpusReport& r, std::ostream& out, bool verbose);

}  // namespace cair::conformance

#endif  // CAIR_CONFORMANCE_ZLINT_SUITE_H_
