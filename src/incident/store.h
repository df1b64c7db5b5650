// File: incident/store.h
// The incident store: SQLite (WAL, synchronous=FULL, foreign keys), schema
// migrations, every change in one transaction. Errors are values (`Status`),
// never exceptions; nothing is reported as saved before its transaction
// committed.
#ifndef CAIR_INCIDENT_STORE_H_
#define CAIR_INCIDENT_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/status.h"
#include "base/status_macros.h"
#include "base/statusor.h"

struct sqlite3;
struct sqlite3_stmt;

namespace cair::incident {

// Every operation returns a `Status` or `StatusOr<T>` (src/base): codes
// kNotFound (no such incident, halt, ...), kInvalidArgument (bad input),
// kFailedPrecondition (the state forbids it: already resumed, answered, ...),
// kUnavailable (the database failed: busy, full, I/O).
using base::Status;
using base::StatusOr;

struct Incident {
  int64_t id = 0;
  std::string title, ca_owner, ccadb_id, source = "self", reporter, kind = "misissuance", status = "open";
  int64_t aware_at = 0;
  std::optional<int64_t> problem_report_at;
  std::optional<int64_t> bug;
  std::optional<int64_t> parent_id;
  std::optional<int64_t> whiteboard_next_update;
  int64_t created_at = 0;
};

struct TimelineEntry {
  int64_t id = 0, incident_id = 0, at = 0;
  std::string text, source;  // source: "cair" for automatic entries, else who wrote it
};

struct Problem {
  int64_t id = 0, incident_id = 0;
  std::string name, lint, criterion;
  int br_reason = 12;
  bool ca = false;
  // Migration 13: some certificate of the problem is an S/MIME certificate
  // (x509::Certificate::IsEmailProtection, the lints' classification). Its
  // Appendix list then carries serial numbers and SHA-256 hashes only
  // (req §4.7 "S/MIME": disclosing personal data may be unlawful).
  bool smime = false;
};

struct AffectedCertificate {
  std::string sha256_hex;  // upper-case
  std::string serial_hex, issuer;
  int64_t not_before = 0, not_after = 0;
  bool precertificate = false;
  uint64_t tbs_key = 0;
  std::string subject;    // DN as x509::Name::ToString
  std::string dns_names;  // subjectAltName dNSNames, separated by one space (req §7)
  bool smime = false;     // an S/MIME certificate: marks its problem (Problem::smime)
};

// One row of `cair due`.
struct Clock {
  int64_t incident = 0;
  std::string clock;  // problem_report_response, first_disclosure, full_report, question_response, next_update, revocation
  int64_t started = 0, due = 0;
  std::string state, detail;
  int64_t problem_report = 0;  // the Certificate Problem Report of a problem_report_* clock (0: none)
};

// A Certificate Problem Report (BR 4.9.3, 4.9.5; req §2.2-§2.3), migration
// 13 (incident/problem_reports.cc). The preliminary report to Subscriber and
// reporter is due 24 h after receipt; a report answered later, or not at all
// by then, is itself a reportable failure (req §2.3, §4.1, §8 item 13).
struct ProblemReport {
  int64_t id = 0;
  int64_t received_at = 0;
  std::string reporter, text;
  std::vector<std::string> certs;  // upper-case SHA-256 hashes or "crt.sh:ID", as the reporter named them
  std::optional<int64_t> responded_at;
  std::string response;
  std::optional<int64_t> incident_id;  // the incident opened for it
  int64_t created_at = 0;
};

// One CRL entry, as the import sees it.
struct Revocation {
  std::string serial_hex;  // upper-case, no leading 00
  int64_t revocation_date = 0;
  int reason_code = -1;    // -1: no reasonCode extension
};

struct CrlImportStats {
  uint64_t entries = 0, newly_revoked = 0, wrong_reason = 0, unrelated = 0;
};

struct RevocationProgress {
  int64_t certificates = 0, revoked = 0, wrong_reason = 0;
};

// An issuance halt (req §9 item 2; IRG Impact "whether issuance was
// stopped"): an issuing CA, by SKI and/or subject DN, optionally one profile.
struct Halt {
  int64_t id = 0, incident_id = 0;
  std::string issuer_ski;      // upper-case hex, may be empty
  std::string issuer_subject;  // DN as x509::Name::ToString, may be empty
  std::string profile;         // empty: every profile
  std::string reason;
  int64_t halted_at = 0;
  std::optional<int64_t> resumed_at;
  std::string resume_evidence;
};

// IRG 4.7 Action Items (req §4.7): Kind in {Prevent, Mitigate, Detect},
// Status in {Ongoing, Complete, Delayed, Canceled}.
struct ActionItem {
  int64_t id = 0, incident_id = 0;
  std::string action, kind, root_cause, criteria;
  int64_t due_at = 0;
  std::string status = "Ongoing";
  int64_t changed_at = 0;
};

struct Question {
  int64_t id = 0, incident_id = 0;
  std::string text;
  int64_t asked_at = 0;
  std::optional<int64_t> answered_at;
};

struct PostedUpdate {
  int64_t id = 0, incident_id = 0, posted_at = 0;
  std::string kind;  // "update", "preliminary", "full", "closure", ...
  std::string text;
};

// One affected certificate, with what the store knows of its revocation.
struct CertificateState {
  int64_t problem_id = 0;
  AffectedCertificate cert;
  int br_reason = 0;
  bool ca = false;
  std::optional<int64_t> revoked_at;
  std::optional<int> crl_reason;
  std::optional<bool> reason_ok;
};

// Delayed revocation (req §3.4, §4.3 item 1, §4.4): certificates past (or,
// at `now`, going to pass) their hard deadline unrevoked.
struct DelayedCertificate {
  int64_t problem_id = 0;
  std::string sha256_hex, serial_hex, issuer;
  int64_t deadline = 0, not_after = 0;
  std::optional<int64_t> revoked_at;  // set when revoked after the deadline
};

// The four counts IRG 4.4 requires in every delayed-revocation update.
struct DelayCounts {
  int64_t revoked = 0, unrevoked = 0, expired_planned = 0;
  std::optional<int64_t> estimated_completion;  // latest planned date of those still pending
  int64_t without_plan = 0;  // unrevoked, unexpired certificates with no planned date yet
};

struct DelayPlan {
  std::string sha256_hex, subscriber, rationale;
  int64_t planned_at = 0;
};

// A bearer token of `cair serve` (migration 4): only its SHA-256 is kept.
struct ApiToken {
  int64_t id = 0;
  std::string name, sha256_hex;  // lower-case hex of SHA-256(token)
  int64_t created_at = 0;
  std::optional<int64_t> revoked_at;
};

// Everything the store holds about one incident: `cair incident export`
// writes it as JSON, `cair incident import` restores it under new ids.
struct IncidentBundle {
  Incident incident;
  std::vector<TimelineEntry> timeline;
  struct ProblemCerts {
    Problem problem;
    std::vector<CertificateState> certificates;
  };
  std::vector<ProblemCerts> problems;
  std::vector<Halt> halts;
  std::vector<ActionItem> action_items;
  std::vector<Question> questions;
  std::vector<PostedUpdate> updates;
  std::vector<std::pair<std::string, std::string>> narrative;
  std::vector<DelayPlan> delay_plan;
};

// `cair monitor` (migration 10, incident/monitor_store.cc): one CRL version
// as recorded. A sequence is (issuer, scope_key); `entries` (CrlEntries) is
// the version's revoked serials as one sorted blob (monitor/crl_history.cc).
struct CrlVersion {
  int64_t id = 0;
  std::string issuer, scope_key, scope;  // scope: the IDP as text ("none" without one)
  std::string number_hex;                // CRL number, upper-case hex magnitude; "" when absent
  int64_t this_update = 0;
  std::optional<int64_t> next_update;
  bool delta = false, ca_crl = false;
  std::string sha256_hex, origin, url;
  int64_t observed_at = 0, entry_count = 0;
};

// A monitor finding as stored: de-duplicated by (kind, issuer, serial,
// crl_number, url, request); "" stands for absent.
struct MonitorFindingRow {
  int64_t id = 0;
  std::string kind, severity, issuer, serial, crl_number, url, request, detail, rule;
  int64_t first_seen = 0, last_seen = 0;
  bool expiry_unknown = false;
  std::optional<int64_t> incident_id;
};

// The findings of one kind attached to an incident of kind crl-ocsp, with the
// statistics reported when no certificate list applies (issue 11 item 5).
struct MonitorProblem {
  std::string kind, severity, rule;  // severity: the worst of its findings
  int64_t findings = 0, affected = 0;
  std::string affected_unit;          // "serials", "requests" or "CRL versions"
  int64_t first_seen = 0, last_seen = 0;
  std::vector<std::string> issuers, urls;
  std::vector<MonitorFindingRow> rows;
};

// `cair monitor run` (migration 11, incident/monitor_watch_store.cc): one CRL
// download, or one round of probes of one OCSP responder.
struct MonitorObservation {
  int64_t id = 0;
  std::string kind;  // "crl" / "ocsp"
  std::string issuer, url;
  int64_t observed_at = 0;
  int64_t requests = 0, failures = 0;  // failures: no usable CRL / no OCSP answer
  double seconds_total = 0, seconds_max = 0;
  std::string detail;  // "ok", or the first problem
  std::optional<int64_t> crl_this_update, crl_next_update;  // kind "crl", when read
  std::string crl_number;                                   // decimal, "" when absent
};
// A CRL URL or responder now: its latest observation and latest success.
struct MonitorEndpoint {
  MonitorObservation latest;
  std::optional<MonitorObservation> last_success;
};
// Stored monitor findings per issuer and kind.
struct MonitorFindingCount {
  std::string issuer, kind, severity;  // severity: the worst
  int64_t count = 0, unattached = 0, first_seen = 0, last_seen = 0;
};

// ---- Issue 12: recurrence, separate incidents, audit findings, delayed-
// revocation obligations (src/incident/lifecycle.cc; schema: the migration
// marked "issue 12" in store.cc).

// A link between two incidents (CCADB IRG 4.3, req §4.3: a separate report
// that names the other in its Related Incidents). `kind`: "recurrence"
// (incident_id recurs related_id after it was closed, item 3), "split"
// (incident_id was split out of related_id, item 2), "audit-statement" (two
// findings of one audit statement).
struct IncidentLink {
  int64_t incident_id = 0, related_id = 0;
  std::string kind;
  int64_t created_at = 0;
  bool outgoing = true;  // incident_id is the recurrence / split-out / later finding
};

// A problem of a closed incident that stays watched: a certificate issued
// after `closed_at` that the problem's lint finds, from an issuer in scope
// (the issuers of the problem's certificates; empty: any issuer), is a
// recurrence (req §4.3 item 3). Problems defined by a manual criterion only
// are listed with `lint` empty: nothing can check them automatically.
struct WatchedProblem {
  int64_t incident_id = 0, problem_id = 0;
  std::string incident_title, name, lint, criterion;
  std::vector<std::string> issuers;  // sorted DNs (x509::Name::ToString)
  int64_t closed_at = 0;
  std::optional<int64_t> bug;
};

// One finding of an audit statement (req §4.1, §4.8). `type`: qualification,
// adverse (an adverse opinion or a major non-conformity), other-matter,
// non-conformity.
struct AuditFinding {
  std::string finding, criterion, auditor, period, type = "qualification";
  int64_t statement_date = 0;
};

// What `cair delayed open` adds as action items (MRSP 6.1.3, req §3.4).
struct DelayObligations {
  std::vector<std::string> root_programs;  // the other root programs the CA participates in
  int64_t audit_due = 0;                   // when the next audit statement is due
};

// Req §1.4: the revocation clock starts at the earlier of awareness and the
// receipt of a Certificate Problem Report.
int64_t RevocationClockStart(const Incident& in);

class Store {
 public:
  ~Store();
  // Opens (creating if needed) and migrates the store at `path`: to the
  // latest schema, or (tests of migrations) to `schema_version`.
  static StatusOr<std::unique_ptr<Store>> Open(const std::string& path, int schema_version = -1);
  int SchemaVersion() const;

  StatusOr<int64_t> OpenIncident(const Incident& in, int64_t now);
  StatusOr<Incident> GetIncident(int64_t id);
  StatusOr<std::vector<Incident>> ListIncidents(bool open_only);
  StatusOr<int64_t> AddTimeline(int64_t incident, int64_t at, const std::string& text, const std::string& source);
  StatusOr<std::vector<TimelineEntry>> Timeline(int64_t incident);

  // Adds a problem and its affected certificates in one transaction. A
  // certificate listed twice (same SHA-256) is an error and nothing is saved.
  StatusOr<int64_t> AddProblem(const Problem& p, const std::vector<AffectedCertificate>& certs, int64_t now);
  // The same, streaming: `produce` is called once and calls `add` for each
  // certificate (return false from `produce` to abort with `*abort_reason`).
  // Memory stays flat whatever the number of certificates.
  using AddFn = std::function<bool(const AffectedCertificate&)>;
  // `phase`, if set, hears of the steps after `produce` ("indexing N
  // certificates", "committing"), for a progress line.
  StatusOr<int64_t> AddProblemStreaming(const Problem& p, const std::function<bool(const AddFn& add, std::string* abort_reason)>& produce,
                                      int64_t now, const std::function<void(const std::string&)>& phase = {});
  StatusOr<std::vector<Problem>> Problems(int64_t incident);
  StatusOr<int64_t> CountCertificates(int64_t problem);

  // Marks the incident's affected certificates found in a CRL of `issuer`
  // (empty: any issuer, for the CA's own records; `published_at` 0: dated by
  // each entry's revocation date)
  // (DN text as x509::Name::ToString) as revoked. Publication time is
  // max(CRL thisUpdate, revocationDate): a revocation counts from when it
  // became visible (req §1.4). Each entry's reasonCode is checked against the
  // problem's BR reason (req §3.3). One transaction.
  StatusOr<CrlImportStats> ImportRevocations(int64_t incident, const std::string& issuer, int64_t published_at,
                                           const std::vector<Revocation>& entries, const std::string& source);
  // Several revocation lists (a CA's partitioned CRLs, or every CRL of a
  // mass revocation) in one transaction, their entries streamed by
  // `produce` (add(list index, entry)) so that millions of entries are never
  // held in memory. Where lists overlap, the first to list a certificate
  // dates its revocation. One result per list. `produce` returns false to
  // abort; nothing is saved then.
  struct RevocationList {
    std::string issuer;        // DN; "" matches any issuer
    int64_t published_at = 0;  // CRL thisUpdate; 0 when not from a CRL
    std::string source;        // for the timeline and each certificate
  };
  using RevocationFn = std::function<bool(size_t list, const Revocation&)>;
  StatusOr<std::vector<CrlImportStats>> ImportRevocationLists(int64_t incident, const std::vector<RevocationList>& lists,
                                                             const std::function<bool(const RevocationFn& add)>& produce);
  StatusOr<RevocationProgress> Progress(int64_t problem);

  // Every clock of every open incident at `now`, soonest first.
  StatusOr<std::vector<Clock>> Due(int64_t now);

  // Incident fields that change after opening.
  StatusOr<bool> SetStatus(int64_t incident, const std::string& status, int64_t now);
  StatusOr<bool> SetWhiteboardNextUpdate(int64_t incident, std::optional<int64_t> date, int64_t now);
  StatusOr<bool> SetNarrative(int64_t incident, const std::string& field, const std::string& text);
  StatusOr<std::vector<std::pair<std::string, std::string>>> Narrative(int64_t incident);

  // Halts. The gate denies issuance for every halt without resumed_at.
  StatusOr<int64_t> AddHalt(const Halt& h, int64_t now);
  StatusOr<Halt> GetHalt(int64_t id);
  StatusOr<std::vector<Halt>> Halts(std::optional<int64_t> incident, bool active_only);
  StatusOr<bool> Resume(int64_t halt, int64_t now, const std::string& evidence);

  // Every affected certificate of an incident, problem by problem.
  StatusOr<bool> ForEachCertificate(int64_t incident, const std::function<bool(const CertificateState&)>& fn);

  StatusOr<int64_t> AddActionItem(const ActionItem& a, int64_t now);
  StatusOr<bool> SetActionItemStatus(int64_t id, const std::string& status, int64_t now);
  StatusOr<std::vector<ActionItem>> ActionItems(int64_t incident);

  StatusOr<int64_t> AddQuestion(const Question& q);
  StatusOr<bool> AnswerQuestion(int64_t id, int64_t at);
  StatusOr<std::vector<Question>> Questions(int64_t incident);

  StatusOr<int64_t> PostUpdate(const PostedUpdate& u);
  StatusOr<std::vector<PostedUpdate>> Updates(int64_t incident);

  // Delayed revocation: what is or will be late at `now`, opening the linked
  // incident, the per-certificate plan and the four counts.
  // Calls `fn` for each certificate of `incident` whose hard deadline passed
  // before `now` unrevoked or revoked late (not exempt, not expired by the
  // deadline); returns how many.
  StatusOr<int64_t> LateRevocations(int64_t incident, int64_t now, const std::function<void(const DelayedCertificate&)>& fn);
  StatusOr<int64_t> OpenDelayedRevocationIncident(int64_t parent, int64_t now);
  StatusOr<bool> PlanDelayedRevocation(int64_t delay_incident, const std::string& sha256_hex,
                                     const std::string& subscriber, const std::string& rationale, int64_t planned_at);
  StatusOr<DelayCounts> CountDelay(int64_t delay_incident, int64_t now);
  StatusOr<std::vector<DelayPlan>> DelayPlans(int64_t delay_incident);

  // Whole-incident export and import (one transaction, new ids; the parent
  // link is kept when the parent incident exists in this store).
  // `with_certificates` false: every part but the problems' certificates
  // (stream those with ForEachScopeCertificate).
  StatusOr<IncidentBundle> Export(int64_t incident, bool with_certificates = true);
  StatusOr<int64_t> Import(const IncidentBundle& b);

  // Memory flat in the number of certificates (issue 18): the reports,
  // `cair incident export|import` and the API walk certificates through these.
  //
  // One problem's certificates in (notBefore, SHA-256) order, or, with
  // `late_after` (a delayed-revocation report, req §3.4), only those that
  // were unrevoked at that hard deadline and had not expired by it; then a
  // short-lived end-entity certificate (req §1.1) is exempt.
  struct CertificateScope {
    int64_t problem = 0;
    std::optional<int64_t> late_after;
    bool ca = false;
  };
  struct ScopeStats {
    int64_t certificates = 0, precertificates = 0, revoked = 0, remaining_valid = 0;  // revoked / valid at `now`
    std::optional<int64_t> first_not_before, last_not_before, last_revoked_at;
  };
  struct ScopeTotals {
    std::vector<ScopeStats> per_scope;  // in the order of the scopes
    // Distinct SHA-256 across the scopes (an object in two problems counts once).
    int64_t certificates = 0, precertificates = 0, valid_certificates = 0, valid_precertificates = 0;
  };
  // Aggregate queries (no row reaches C++).
  StatusOr<ScopeTotals> CertificateStatistics(const std::vector<CertificateScope>& scopes, int64_t now);
  // `pair_by_tbs`: the Appendix order instead, where a precertificate and its
  // certificate (same notBefore and TBS key) are adjacent, at the place of
  // the first of them in (notBefore, SHA-256) order.
  StatusOr<bool> ForEachScopeCertificate(const CertificateScope& scope, const std::function<bool(const CertificateState&)>& fn,
                                       bool pair_by_tbs = false);
  // `limit` certificates of the incident from `offset`, in ForEachCertificate's order (the API's pages).
  StatusOr<bool> CertificatePage(int64_t incident, int64_t offset, int64_t limit, const std::function<bool(const CertificateState&)>& fn);

  // A streaming import: `produce` calls `incident` once, then for each
  // problem `problem` (its fields so far), its `certificate`s and
  // `problem_end` (its final fields), and last fills `rest` (timeline,
  // halts, action items, questions, updates, narrative, plans; its
  // `problems` are ignored). One transaction: nothing is saved unless all is.
  struct ImportSink {
    std::function<bool(const Incident&, std::string* error)> incident;
    std::function<bool(const Problem&, std::string* error)> problem;
    std::function<bool(const CertificateState&, std::string* error)> certificate;
    std::function<bool(const Problem&, std::string* error)> problem_end;
  };
  StatusOr<int64_t> ImportStreaming(const std::function<bool(const ImportSink& sink, IncidentBundle* rest, std::string* error)>& produce);

  // ---- Issue 12 (incident/lifecycle.cc).
  // Every problem of every closed incident, for the gate and `cair scan
  // --recurrence`.
  StatusOr<std::vector<WatchedProblem>> RecurrenceWatch();
  // Changes whenever RecurrenceWatch() would answer differently: the closed
  // incidents, their problems and closures, and the newest certificate row.
  // Cheap (no pass over certificates), so that `cair serve` re-reads the
  // watch, whose issuer scopes read every certificate of a closed problem,
  // only when it changed.
  StatusOr<std::string> RecurrenceWatchVersion();
  // Opens the incident for a recurrence of closed incident `closed` (req
  // §4.3 item 3): a new incident with its own clocks from `aware_at`, its
  // problems' definitions copied without certificates, linked "recurrence".
  StatusOr<int64_t> OpenRecurrence(int64_t closed, int64_t aware_at, const std::string& title, int64_t now);
  // Links of `incident`, both directions (the other incident in related_id).
  StatusOr<std::vector<IncidentLink>> Links(int64_t incident);
  // Moves `problems` of `incident`, with their certificates, revocation
  // state and the halts only they need, to a new incident linked "split"
  // (req §4.3 item 2). One transaction; both timelines record it. The new
  // incident keeps the original's awareness (its revocation clocks do not
  // restart) unless `aware_at` is given.
  struct SplitResult {
    int64_t incident = 0;
    std::vector<int64_t> halts_moved;
    int64_t certificates = 0;
  };
  StatusOr<SplitResult> SplitIncident(int64_t incident, const std::vector<int64_t>& problems, const std::string& title,
                                    std::optional<int64_t> aware_at, int64_t now);
  // Opens one incident (kind "audit-finding", source audit) per finding, all
  // or none (req §4.1, §4.3, §4.4). A finding already imported (same
  // auditor, period and text) is refused.
  StatusOr<std::vector<int64_t>> ImportAuditFindings(const std::vector<AuditFinding>& findings, const std::string& ca_owner,
                                                   const std::string& ccadb_id, std::optional<int64_t> aware_at, int64_t now);
  StatusOr<std::optional<AuditFinding>> GetAuditFinding(int64_t incident);
  // The action items a delayed-revocation incident implies (MRSP 6.1.3,
  // req §3.4): notify each other root program, have the delay listed as a
  // finding in the next audit statement, record the per-subscriber
  // rationale. One transaction; returns their ids.
  StatusOr<std::vector<int64_t>> AddDelayObligations(int64_t delay_incident, const DelayObligations& o, int64_t now);

  // Certificate Problem Reports (incident/problem_reports.cc). Responding
  // stops the 24-hour clock; a late report can open the incident of its
  // failure (once). ProblemReportClocks appends to `out` the clocks of
  // problem reports still unanswered and of late ones with no incident yet
  // (Due includes them).
  StatusOr<int64_t> AddProblemReport(const ProblemReport& r, int64_t now);
  StatusOr<ProblemReport> GetProblemReport(int64_t id);
  StatusOr<std::vector<ProblemReport>> ProblemReports(bool open_only);
  StatusOr<bool> RespondProblemReport(int64_t id, int64_t at, const std::string& response);
  StatusOr<int64_t> OpenProblemReportIncident(int64_t id, const Incident& in, int64_t now);
  StatusOr<bool> ProblemReportClocks(int64_t now, std::vector<Clock>* out);

  // API tokens (incident/tokens.cc). A name is unique; the hash is computed by
  // the caller. FindToken yields nullopt for an unknown or revoked token.
  StatusOr<int64_t> AddToken(const std::string& name, const std::string& sha256_hex, int64_t now);
  StatusOr<std::optional<ApiToken>> FindToken(const std::string& sha256_hex);
  StatusOr<std::vector<ApiToken>> Tokens();
  StatusOr<bool> RevokeToken(const std::string& name, int64_t now);
  // `cair monitor` (incident/monitor_store.cc). AddCrlVersion returns the
  // version's id and whether it was new (the same issuer, scope_key and
  // SHA-256 are recorded once).
  StatusOr<std::pair<int64_t, bool>> AddCrlVersion(const CrlVersion& v, const std::string& entries);
  StatusOr<std::vector<CrlVersion>> CrlVersions(const std::string& issuer, const std::string& scope_key);
  StatusOr<std::string> CrlEntries(int64_t version);
  // notAfter and CA flag of an affected certificate with this issuer and serial.
  StatusOr<std::optional<std::pair<int64_t, bool>>> CertificateExpiry(const std::string& issuer, const std::string& serial_hex);
  // Upserts each row (widening first/last seen; an unattached row takes
  // `incident`) in one transaction; returns the ids.
  StatusOr<std::vector<int64_t>> RecordMonitorFindings(const std::vector<MonitorFindingRow>& rows);
  // Attaches unattached findings to an incident, one timeline entry per kind.
  StatusOr<int64_t> AttachMonitorFindings(int64_t incident, const std::vector<int64_t>& ids, int64_t now);
  StatusOr<std::vector<MonitorFindingRow>> MonitorFindings(std::optional<int64_t> incident, bool unattached_only);
  StatusOr<std::vector<MonitorProblem>> MonitorProblems(int64_t incident);
  // `cair monitor run` (incident/monitor_watch_store.cc): observations in one
  // transaction; every CRL URL and responder by issuer; findings by issuer and kind.
  StatusOr<bool> AddMonitorObservations(const std::vector<MonitorObservation>& rows);
  StatusOr<std::vector<MonitorEndpoint>> MonitorEndpoints();
  StatusOr<std::vector<MonitorFindingCount>> MonitorFindingCounts();

  // PRAGMA data_version: changes whenever another connection (in this or
  // another process) committed since the last call on this connection.
  StatusOr<int64_t> DataVersion();

  struct WriteState;  // internal: urgent writes before bulk work (store.cc, write_priority.h)

 private:
  Store(sqlite3* db, const std::string& path);
  bool Exec(const std::string& sql, std::string* error);
  bool Migrate(int want, std::string* error);
  // The final step of a bulk import: `body` in one write transaction that
  // gives way to urgent writers (rolls back, waits for them, runs again).
  bool BulkTransaction(const std::function<bool(std::string* error)>& body,
                       const std::function<void(const std::string&)>& phase, std::string* error);
  sqlite3* db_;
  std::unique_ptr<WriteState> ws_;
};

}  // namespace cair::incident

#endif  // CAIR_INCIDENT_STORE_H_
