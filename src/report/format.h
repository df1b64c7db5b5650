// File: report/format.h
// Internal to src/report: values as the report templates show them — UTC
// times, Markdown fields and table cells (N/A for empty, req §4.5), counts.
#ifndef CAIR_REPORT_FORMAT_H_
#define CAIR_REPORT_FORMAT_H_

#include <cstdint>
#include <string>

namespace cair::report {

// What an empty field or cell shows (req §4.5).
inline constexpr const char* kNA = "N/A";

// "2026-01-05 10:00 UTC": req §4.7 Timeline, UTC to the minute.
std::string Minute(int64_t t);
// "2026-01-05".
std::string Day(int64_t t);
// "2026-01-05T10:00:00Z": req §7, ISO 8601 UTC.
std::string Iso(int64_t t);
// `s` without leading and trailing white space (spaces, tabs, line ends).
std::string TrimText(const std::string& s);
// Text for a "- **Label:** value" Markdown field: continuation lines are
// indented so they stay inside the list item; empty becomes N/A. `html`:
// trimmed only (the renderer escapes).
std::string Field(const std::string& text, bool html);
// A Markdown table cell: no pipe, no line break; empty becomes N/A.
std::string Cell(const std::string& text, bool html);
// The incident's source as req §4.7 names it: "Self Reported", "Third Party Reported" or "Audit".
std::string SourceText(const std::string& source);
// "1 certificate", "2 certificates".
std::string Plural(int64_t n, const char* one, const char* many);

}  // namespace cair::report

#endif  // CAIR_REPORT_FORMAT_H_
