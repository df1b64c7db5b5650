// File: report/report_context.h
// Internal to src/report: the context the templates see (documented in
// templates/README.md), built one section at a time from a Loaded incident,
// and where the Appendix lists go.
#ifndef CAIR_REPORT_REPORT_CONTEXT_H_
#define CAIR_REPORT_REPORT_CONTEXT_H_

#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

#include "report/report.h"
#include "report/report_data.h"

namespace cair::report {

// Where the Appendix lists go: inline, each at its marker in the rendered
// text (streamed in by report.cc), or to files named from `base`.
struct Placement {
  bool files = false;
  std::string base;
  bool oversize = false;  // diverted: inline they would not fit a Bugzilla comment
};

// The text an inline list of problem `problem_index` (1-based) is rendered as, replaced when written.
inline std::string Marker(size_t problem_index) { return "\x1e" "cair-appendix-" + std::to_string(problem_index) + "\x1e"; }

// Whether a problem's list is crt.sh lines rather than a CSV. An S/MIME
// problem's list is always the short CSV (serial and hashes).
inline bool CrtSh(const ProblemData& p) { return !p.problem.smime && p.rows >= kCrtShThreshold; }

// The templates' context for `l`: header, summary, impact, delayed
// revocation, timeline, related incidents, root causes and lessons, action
// items and closure, awareness (Mozilla topic 1), Appendix.
nlohmann::json Context(const Loaded& l, const ReportOptions& o, const Placement& placement);

}  // namespace cair::report

#endif  // CAIR_REPORT_REPORT_CONTEXT_H_
