// File: report/check.h
// `cair report check`: a linter for incident reports in Markdown, whoever
// wrote them. It recognises the CCADB IRG v3.2 Preliminary, Full and Closure
// templates (req §4.6), the delayed-revocation report (a Full report for a
// revocation delay, req §4.3 item 1) and Mozilla's seven topics (req §4.10),
// and reports, each with its line:
//   missing-heading, misspelled-heading, missing-label, misspelled-label,
//   empty-field (not marked N/A, req §4.5), bad-value (Source, CCADB ID),
//   timeline-time (an entry without a UTC date-time, req §4.7),
//   root-cause-blame (a root cause that only names human error, a mistake,
//   an oversight or training), action-item (kind, criteria, due date or
//   status missing or outside the allowed set, req §4.7),
//   delay-rationale (a "not a security risk" justification, MRSP 6.1.3 /
//   req §3.4), delay-analysis (no Analysis in a delayed-revocation report),
//   template-version (a template superseded more than 30 days before `now`,
//   CCADB Policy 6.1 / req §4.4), unknown-report, closure-request,
//   oversize (longer than the 65,535 characters of a Bugzilla comment),
//   delay-obligation (a delayed-revocation report without its obligations,
//   MRSP 6.1.3 / req §3.4; see CheckDelayObligations).
#ifndef CAIR_REPORT_CHECK_H_
#define CAIR_REPORT_CHECK_H_

#include <cstdint>
#include <string>
#include <vector>

namespace cair::report {

struct Finding {
  int line = 0;        // 1-based
  std::string rule;    // stable identifier (see above)
  std::string message;
};

struct CheckOptions {
  int64_t now = 0;  // when the report is (to be) posted: decides template supersession
};

// The report kind recognised: "preliminary", "full", "delayed-revocation",
// "closure", "mozilla7", or "" when none.
std::string DetectReportKind(const std::string& markdown);

// Every finding, sorted by line. Empty: the report is clean.
std::vector<Finding> CheckReport(const std::string& markdown, const CheckOptions& options);

// Issue 12 (report/check_delay_obligations.cc), rule delay-obligation: a
// delayed-revocation report's Action Items notify the other root programs,
// have the delay listed in the next audit statement, and record the
// per-subscriber rationale (MRSP 6.1.3, req §3.4). CheckReport runs it on
// delayed-revocation reports.
std::vector<Finding> CheckDelayObligations(const std::string& markdown);

// True if `text` names human error, a mistake, an oversight or training and
// says next to nothing else (the seed: that is not a root cause).
bool OnlyBlamesPeople(const std::string& text);

// True if `text` argues that a delay is acceptable because the defect is not
// a security risk (MRSP 6.1.3 asks for substantiated third-party harm).
bool NotASecurityRiskRationale(const std::string& text);

}  // namespace cair::report

#endif  // CAIR_REPORT_CHECK_H_
