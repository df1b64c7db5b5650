// File: report/report.h
// Incident reports for Bugzilla: the CCADB Incident Reporting Guidelines v3.2
// templates (preliminary, full, closure; req §4.5-§4.7), the delayed-revocation
// report (req §3.4, §4.3 item 1, §4.4) and Mozilla's older seven topics
// (req §4.10), with the certificate Appendix of req §4.7 / §7.
//
// The text comes from Mustache templates (report/mustache.h) kept as files
// (templates/*.mustache in the source tree, or a CA's own copies). This
// header builds the templates' context from the incident store and renders
// it. Everything is a function of the store and `now`: the same store and
// `now` give byte-identical output (golden-file tests rely on it).
#ifndef CAIR_REPORT_REPORT_H_
#define CAIR_REPORT_REPORT_H_

#include <cstdint>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "incident/store.h"

namespace cair::report {

enum class ReportKind { kPreliminary, kFull, kClosure, kDelayedRevocation, kMozilla7 };
std::optional<ReportKind> ParseReportKind(const std::string& name);
const char* ReportKindName(ReportKind k);  // "preliminary", ..., the `cair update post --kind` names

// The IRG version whose templates cair renders (req §0, §4.4 "Template version").
inline constexpr const char* kTemplateVersion = "3.2";

// Req §4.7 Appendix: a CSV below this many rows per problem, the crt.sh line
// list from it on.
inline constexpr size_t kCrtShThreshold = 10000;

// Subject and dNSNames are not kept in the store; `cair report --certs`
// supplies them from the certificates themselves, keyed by SHA-256.
struct CertificateDetails {
  std::string subject;
  std::vector<std::string> dns_names;
  bool smime = false;  // x509::Certificate::IsEmailProtection
};

struct ReportOptions {
  ReportKind kind = ReportKind::kFull;
  bool html = false;
  int64_t now = 0;
  std::string templates_dir;   // empty: DefaultTemplatesDir()
  std::string appendix_path;   // non-empty: the Appendix lists go to files, the report names them
  // Where the lists go when inline they would make a Markdown report longer
  // than a Bugzilla comment (kBugzillaCommentLimit); empty:
  // "incident-ID-appendix" (+ .csv / .txt, -N when several).
  std::string oversize_appendix_base;
  std::map<std::string, CertificateDetails> details;  // by upper-case SHA-256
};

// One row of the req §4.7 Appendix CSV: one issuance (a precertificate and
// its certificate, paired by their TBS, share a row).
struct AppendixRow {
  std::string precert_sha256, cert_sha256, subject, issuer;
  int64_t not_before = 0, not_after = 0;
  std::string serial_hex, dns_names, is_revoked, revocation_date, revocation_reason;
};

// The 11 columns of IRG 4.7, in order, as the header row (req §7).
const std::vector<std::string>& AppendixColumns();
// RFC 4180 CSV (CRLF line ends), header row first.
std::string AppendixCsv(const std::vector<AppendixRow>& rows);
// One `https://crt.sh/?sha256=HEX` line per object (precertificate and
// certificate each), as req §7 recommends for 10,000 or more.
std::string CrtShList(const std::vector<AppendixRow>& rows);

// Bugzilla takes at most this many characters in one comment (req §4.2: reports are posted as comments).
inline constexpr size_t kBugzillaCommentLimit = 65535;

// The Appendix list of a problem with S/MIME certificates (req §4.7
// "S/MIME": disclosing personal data may be unlawful): RFC 4180 CSV with the
// serial number and the SHA-256 hashes only, whatever the number of rows; no
// subject, email address or dNSName.
const std::vector<std::string>& SmimeAppendixColumns();
std::string SmimeAppendixCsv(const std::vector<AppendixRow>& rows);

struct AppendixFile {
  std::string path, text;
};

struct Report {
  std::string text;
  std::vector<AppendixFile> appendix_files;  // with ReportOptions::appendix_path
};

// The directory of the built-in templates (the source tree's templates/,
// passed by CMake as CAIR_TEMPLATES_DIR).
std::string DefaultTemplatesDir();

// The context the templates see (documented in templates/README.md).
base::StatusOr<nlohmann::json> BuildContext(incident::Store& store, int64_t incident_id, const ReportOptions& options);

// Writes the report to `out` and the Appendix files it names (issue 18:
// memory flat in the number of certificates). Figures come from aggregate
// queries and each list is streamed row by row, into the report or to its
// file: to `appendix_path`, or, when inline lists would make a Markdown
// report longer than kBugzillaCommentLimit, to `oversize_appendix_base`, and
// the report says why. Returns the paths of the files written.
base::StatusOr<std::vector<std::string>> WriteReport(incident::Store& store, int64_t incident_id, const ReportOptions& options,
                                                       std::ostream& out);

// The same, in memory (tests, small incidents). Errors: unknown
// incident, a delayed-revocation report for an incident that has none, a
// missing or malformed template (named with its line).
base::StatusOr<Report> GenerateReport(incident::Store& store, int64_t incident_id, const ReportOptions& options);

// The JSON body of Bugzilla's REST "add comment" call for `markdown`.
std::string BugzillaCommentJson(const std::string& markdown);

}  // namespace cair::report

#endif  // CAIR_REPORT_REPORT_H_
