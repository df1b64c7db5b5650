#include "incident/rules.h"

#include <algorithm>
#include <cstdio>

#include "der/values.h"

namespace cair::incident {

const char* CrlReasonName(CrlReason r) {
  switch (r) {
    case CrlReason::kUnspecified: return "unspecified";
    case CrlReason::kKeyCompromise: return "keyCompromise";
    case CrlReason::kCaCompromise: return "cACompromise";
    case CrlReason::kAffiliationChanged: return "affiliationChanged";
    case CrlReason::kSuperseded: return "superseded";
    case CrlReason::kCessationOfOperation: return "cessationOfOperation";
    case CrlReason::kCertificateHold: return "certificateHold";
    case CrlReason::kRemoveFromCrl: return "removeFromCRL";
    case CrlReason::kPrivilegeWithdrawn: return "privilegeWithdrawn";
    case CrlReason::kAaCompromise: return "aACompromise";
  }
  return "unknown";
}

std::optional<CrlReason> ParseCrlReason(int code) {
  if (code < 0 || code > 10 || code == 7) return std::nullopt;
  return static_cast<CrlReason>(code);
}

bool IsValidBrReason(int reason) { return reason >= 1 && reason <= 16; }
bool IsGroupA(int reason) { return reason >= 1 && reason <= 5; }

CrlReason RequiredCrlReason(int reason) {
  // req §1.2 / §1.3 tables (BR §4.9.1.1 as amended by SC-061).
  switch (reason) {
    case 3: case 4: case 16: return CrlReason::kKeyCompromise;
    case 5: case 6: case 12: return CrlReason::kSuperseded;
    case 2: case 7: case 8: case 10: case 11: case 13: return CrlReason::kPrivilegeWithdrawn;
    case 9: return CrlReason::kCessationOfOperation;
    default: return CrlReason::kUnspecified;  // 1, 14, 15: no reasonCode extension
  }
}

bool CrlEntryReasonOk(int br_reason, bool ca, int reason_code) {
  if (ca) return reason_code > 0;
  CrlReason want = RequiredCrlReason(br_reason);
  return want == CrlReason::kUnspecified ? reason_code < 0 : reason_code == static_cast<int>(want);
}

namespace {
// MRSP §6.1.1 precedence (req §3.3); larger = wins.
int Rank(CrlReason r) {
  switch (r) {
    case CrlReason::kKeyCompromise: return 5;
    case CrlReason::kPrivilegeWithdrawn: return 4;
    case CrlReason::kCessationOfOperation: return 3;
    case CrlReason::kAffiliationChanged: return 2;
    case CrlReason::kSuperseded: return 1;
    default: return 0;
  }
}
}  // namespace

ReasonChoice ChooseCrlReason(const std::vector<int>& br_reasons) {
  ReasonChoice c;
  bool first = true;
  for (int r : br_reasons) {
    CrlReason mapped = RequiredCrlReason(r);
    if (!first && mapped != c.reason) c.needs_confirmation = true;
    if (first || Rank(mapped) > Rank(c.reason)) c.reason = mapped;
    first = false;
  }
  return c;
}

bool IsShortLived(int64_t not_before, int64_t not_after) {
  static const int64_t kFrom2024 = der::DaysFromCivil(2024, 3, 15) * kDay;
  static const int64_t kFrom2026 = der::DaysFromCivil(2026, 3, 15) * kDay;
  const int64_t validity = not_after - not_before + 1;  // inclusive (req §7)
  if (not_before >= kFrom2026) return validity <= 7 * kDay;
  if (not_before >= kFrom2024) return validity <= 10 * kDay;
  return false;
}

RevocationDeadline ComputeRevocationDeadline(const std::vector<int>& br_reasons, bool ca_certificate,
                                             int64_t clock_start, int64_t not_before, int64_t not_after) {
  RevocationDeadline d;
  if (ca_certificate) {
    // BR §4.9.1.2: seven days for Subordinate CA certificates (req §1.5).
    d.target = d.hard = clock_start + 7 * kDay;
    d.rule = "BR 4.9.1.2 (7 days)";
  } else if (IsShortLived(not_before, not_after)) {
    d.exempt = true;
    d.rule = "BR 4.9.1.1: short-lived certificate, exempt (BR 1.6.1)";
    return d;
  } else {
    bool group_a = std::any_of(br_reasons.begin(), br_reasons.end(), IsGroupA);
    d.target = clock_start + 24 * kHour;
    d.hard = group_a ? d.target : clock_start + 120 * kHour;
    d.rule = group_a ? "BR 4.9.1.1 group A (24 h)" : "BR 4.9.1.1 group B (24 h target, 120 h limit)";
  }
  d.expires_first = not_after < d.hard;
  return d;
}

NextUpdate ComputeNextUpdate(std::optional<int64_t> whiteboard_date, int64_t last_update,
                             std::optional<int64_t> last_action_item_change, bool delayed_revocation) {
  // Every applicable rule gives a due time; the earliest binds (IRG 4.4).
  NextUpdate n{last_update + 7 * kDay, "7 days after the last update"};
  auto consider = [&n](int64_t due, const char* basis) {
    if (due < n.due) n = {due, basis};
  };
  if (whiteboard_date) {
    // The Whiteboard date replaces the 7-day default (IRG 4.4 (a)/(b)).
    n = {*whiteboard_date, "Whiteboard next-update date"};
  }
  if (last_action_item_change && *last_action_item_change >= last_update)
    consider(*last_action_item_change + 3 * kDay, "3 days after an action-item change");
  if (delayed_revocation) consider(last_update + 3 * kDay, "3 days after the last update (delayed revocation)");
  return n;
}

const char* ClockStateName(ClockState s) {
  switch (s) {
    case ClockState::kOk: return "ok";
    case ClockState::kDueSoon: return "due-soon";
    case ClockState::kOverdue: return "overdue";
  }
  return "ok";
}

ClockState StateAt(int64_t now, int64_t started, int64_t due) {
  if (now > due) return ClockState::kOverdue;
  int64_t window = std::max<int64_t>((due - started) / 4, kHour);
  return now >= due - window ? ClockState::kDueSoon : ClockState::kOk;
}

const char* ProblemReportState(int64_t received, std::optional<int64_t> responded, int64_t now) {
  if (responded) return ProblemReportLate(received, responded, now) ? "answered-late" : "answered";
  return ClockStateName(StateAt(now, received, ProblemReportResponseDue(received)));
}

std::optional<int64_t> ParseRfc3339(const std::string& s) {
  int y, mo, d, h, mi, se, consumed = 0;
  if (std::sscanf(s.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &se, &consumed) != 6 ||
      consumed != 19)
    return std::nullopt;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 60) return std::nullopt;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (d > kDays[mo - 1] || (mo == 2 && d == 29 && !leap)) return std::nullopt;
  size_t pos = 19;
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    size_t digits = 0;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos, ++digits;
    if (!digits) return std::nullopt;
  }
  int64_t offset = 0;
  if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z')) {
    ++pos;
  } else if (pos + 6 == s.size() && (s[pos] == '+' || s[pos] == '-') && s[pos + 3] == ':') {
    int oh, om;
    if (std::sscanf(s.c_str() + pos + 1, "%2d:%2d", &oh, &om) != 2 || oh > 23 || om > 59) return std::nullopt;
    offset = (s[pos] == '+' ? 1 : -1) * (oh * kHour + om * kMinute);
    pos += 6;
  } else {
    return std::nullopt;
  }
  if (pos != s.size()) return std::nullopt;
  return der::DaysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * kDay + h * kHour +
         mi * kMinute + se - offset;
}

std::string FormatRfc3339(int64_t t) { return der::FormatRfc3339(t); }

std::string FormatMinute(int64_t t) {
  std::string s = FormatRfc3339(t);
  return s.substr(0, 10) + " " + s.substr(11, 5) + " UTC";
}

}  // namespace cair::incident
