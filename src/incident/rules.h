// File: incident/rules.h
// The clock and revocation rules of an incident, as pure functions of
// timestamps (Unix seconds, UTC). Each rule cites its source in
// ../shared/spec/requirements.md (section numbers "req §n") and the
// underlying document. The store and the `cair due` command build on these.
#ifndef CAIR_INCIDENT_RULES_H_
#define CAIR_INCIDENT_RULES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cair::incident {

inline constexpr int64_t kMinute = 60;
inline constexpr int64_t kHour = 3600;
inline constexpr int64_t kDay = 86400;  // BR §4.9.9 / §6.3.2: a day is 86,400 s (req §1.4)

// RFC 5280 5.3.1 CRLReason values.
enum class CrlReason : int {
  kUnspecified = 0, kKeyCompromise = 1, kCaCompromise = 2, kAffiliationChanged = 3,
  kSuperseded = 4, kCessationOfOperation = 5, kCertificateHold = 6, kRemoveFromCrl = 8,
  kPrivilegeWithdrawn = 9, kAaCompromise = 10,
};
const char* CrlReasonName(CrlReason r);  // "keyCompromise", ...
std::optional<CrlReason> ParseCrlReason(int code);

// BR §4.9.1.1 reason numbers 1-16 (req §1.2, §1.3).
bool IsValidBrReason(int reason);
// Group A (1-5): SHALL revoke within 24 h. Group B (6-16): SHOULD within
// 24 h, MUST within 5 days (120 h).
bool IsGroupA(int reason);
// The CRL reasonCode BR §4.9.1.1 maps the reason to (SC-061); unspecified
// means "no reasonCode extension" (BR §7.2.2, req §3.3).
CrlReason RequiredCrlReason(int reason);
// Whether a CRL entry's reasonCode (-1: no reasonCode extension) is the one
// MRSP §6.1.1 requires (req §3.3) for a certificate revoked for BR reason
// `br_reason`: end-entity entries carry RequiredCrlReason, none for
// "unspecified"; CA certificates' entries MUST carry one (req §1.5, CCADB
// Policy 3.2).
bool CrlEntryReasonOk(int br_reason, bool ca, int reason_code);

// MRSP §6.1.1 precedence when several reasons apply (req §3.3):
// keyCompromise > privilegeWithdrawn > cessationOfOperation >
// affiliationChanged > superseded > (no reasonCode).
struct ReasonChoice {
  CrlReason reason = CrlReason::kUnspecified;
  // True when the BR mapping of the given reasons disagrees with the
  // precedence pick (e.g. #12 superseded with #13 privilegeWithdrawn):
  // req §3.3 asks for human confirmation.
  bool needs_confirmation = false;
};
ReasonChoice ChooseCrlReason(const std::vector<int>& br_reasons);

// BR §1.6.1 Short-lived Subscriber Certificate (req §1.1): issued from
// 2024-03-15 to before 2026-03-15 with a Validity Period of at most 10 days,
// or from 2026-03-15 with at most 7 days. Validity Period is inclusive:
// notAfter - notBefore + 1 s (req §7). Issuance is dated by notBefore.
bool IsShortLived(int64_t not_before, int64_t not_after);

struct RevocationDeadline {
  bool exempt = false;   // short-lived: the CA MAY revoke, no clock (req §1.1)
  int64_t target = 0;    // SHOULD revoke by (24 h for subscriber certificates)
  int64_t hard = 0;      // MUST revoke by
  bool expires_first = false;  // notAfter falls before `hard`
  std::string rule;      // "BR 4.9.1.1 group A (24 h)", ...
};

// The deadline for one certificate given the BR reasons that apply, the
// moment the clock started (awareness / CPR receipt, req §1.4), and whether
// it is a CA certificate (BR §4.9.1.2, 7 days, req §1.5). With several
// reasons, the shortest deadline wins (req §1.4).
RevocationDeadline ComputeRevocationDeadline(const std::vector<int>& br_reasons, bool ca_certificate,
                                             int64_t clock_start, int64_t not_before, int64_t not_after);

// Clock deadlines (req §2.3, §4.4).
inline int64_t ProblemReportResponseDue(int64_t received) { return received + 24 * kHour; }  // BR §4.9.5
inline int64_t FirstDisclosureDue(int64_t aware) { return aware + 72 * kHour; }              // IRG 4.4
// IRG 4.4: within 14 days of the initial disclosure; the conservative
// reading (req §4.4, §9 item 3) measures from awareness.
inline int64_t FullReportDue(int64_t aware) { return aware + 14 * kDay; }
inline int64_t QuestionResponseDue(int64_t asked) { return asked + 7 * kDay; }  // IRG 4.4

// BR 4.9.5 (req §2.3): a Certificate Problem Report is answered late when the
// preliminary report went out (or, still unanswered, `now` is) strictly after
// ProblemReportResponseDue; "within 24 hours" includes the 24th hour. A late
// answer is itself an incident (req §2.3, Bugzilla 1994454; IRG "incident":
// any failure to meet the BRs, req §4.1), to be disclosed within 72 h of the
// CA becoming aware (IRG 4.4, req §4.4), at the latest when the 24 h passed.
inline bool ProblemReportLate(int64_t received, std::optional<int64_t> responded, int64_t now) {
  return responded.value_or(now) > ProblemReportResponseDue(received);
}
inline int64_t ProblemReportFailureDisclosureDue(int64_t received) {
  return FirstDisclosureDue(ProblemReportResponseDue(received));
}
// The state of a problem report at `now`: "answered", "answered-late", or
// while unanswered its clock's ok / due-soon / overdue (StateAt).
const char* ProblemReportState(int64_t received, std::optional<int64_t> responded, int64_t now);

// IRG 4.4 routine updates: on or before the Whiteboard "Next update" date;
// else within 7 days of the last update; within 3 days of an Action Item
// change; for delayed revocation every 3 days (SHOULD) and 7 days (MUST).
struct NextUpdate {
  int64_t due = 0;
  std::string basis;  // "whiteboard next-update date", "7 days after the last update", ...
};
NextUpdate ComputeNextUpdate(std::optional<int64_t> whiteboard_date, int64_t last_update,
                             std::optional<int64_t> last_action_item_change, bool delayed_revocation);

enum class ClockState { kOk, kDueSoon, kOverdue };
const char* ClockStateName(ClockState s);  // "ok", "due-soon", "overdue"
// Overdue strictly after `due` ("within 24 hours" includes the 24th hour);
// due-soon in the last quarter of the period (at least the last hour).
ClockState StateAt(int64_t now, int64_t started, int64_t due);

// RFC 3339 UTC ("2026-01-05T10:00:00Z", also with fractional seconds or an
// offset, normalised to UTC). nullopt when malformed.
std::optional<int64_t> ParseRfc3339(const std::string& text);
std::string FormatRfc3339(int64_t t);
// "2026-01-05 10:00 UTC": the minute, as reports and notices print times.
std::string FormatMinute(int64_t t);

}  // namespace cair::incident

#endif  // CAIR_INCIDENT_RULES_H_
