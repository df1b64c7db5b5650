// Table-driven tests of the incident rules; each row cites the section of
// ../shared/spec/requirements.md ("req §n") that it checks.
#include "incident/rules.h"

#include <gtest/gtest.h>

namespace cair::incident {
namespace {

int64_t T(const char* s) {
  auto t = ParseRfc3339(s);
  EXPECT_TRUE(t) << s;
  return t.value_or(0);
}

struct ReasonRow {
  int br_reason;
  CrlReason expected;
  bool group_a;
  const char* cite;
};

TEST(Rules, BrReasonToCrlReason) {
  const ReasonRow rows[] = {
      {1, CrlReason::kUnspecified, true, "req §1.2 #1: no reasonCode"},
      {2, CrlReason::kPrivilegeWithdrawn, true, "req §1.2 #2"},
      {3, CrlReason::kKeyCompromise, true, "req §1.2 #3"},
      {4, CrlReason::kKeyCompromise, true, "req §1.2 #4 (weak keys)"},
      {5, CrlReason::kSuperseded, true, "req §1.2 #5 (domain validation / CAA)"},
      {6, CrlReason::kSuperseded, false, "req §1.3 #6 (key size / quality)"},
      {7, CrlReason::kPrivilegeWithdrawn, false, "req §1.3 #7"},
      {8, CrlReason::kPrivilegeWithdrawn, false, "req §1.3 #8"},
      {9, CrlReason::kCessationOfOperation, false, "req §1.3 #9"},
      {10, CrlReason::kPrivilegeWithdrawn, false, "req §1.3 #10"},
      {11, CrlReason::kPrivilegeWithdrawn, false, "req §1.3 #11"},
      {12, CrlReason::kSuperseded, false, "req §1.3 #12 (misissuance)"},
      {13, CrlReason::kPrivilegeWithdrawn, false, "req §1.3 #13 (inaccurate information)"},
      {14, CrlReason::kUnspecified, false, "req §1.3 #14"},
      {15, CrlReason::kUnspecified, false, "req §1.3 #15"},
      {16, CrlReason::kKeyCompromise, false, "req §1.3 #16"},
  };
  for (const auto& r : rows) {
    SCOPED_TRACE(r.cite);
    EXPECT_TRUE(IsValidBrReason(r.br_reason));
    EXPECT_EQ(RequiredCrlReason(r.br_reason), r.expected);
    EXPECT_EQ(IsGroupA(r.br_reason), r.group_a);
  }
  EXPECT_FALSE(IsValidBrReason(0));
  EXPECT_FALSE(IsValidBrReason(17));
}

struct ChoiceRow {
  std::vector<int> reasons;
  CrlReason expected;
  bool confirm;
  const char* cite;
};

// Req §3.3 (MRSP 6.1.1), req §1.5 (CCADB Policy 3.2): is a CRL entry's
// reasonCode (-1: none) the required one?
TEST(Rules, CrlEntryReasonCheck) {
  struct Row {
    int br_reason;
    bool ca;
    int code;
    bool ok;
  } rows[] = {
      {12, false, 4, true},   // superseded, as mapped
      {12, false, -1, false}, // missing
      {12, false, 1, false},  // keyCompromise instead of superseded
      {4, false, 1, true},    // keyCompromise, as mapped
      {4, false, 4, false},
      {1, false, -1, true},   // unspecified: no reasonCode extension
      {1, false, 0, false},   // unspecified must not be encoded
      {9, false, 5, true},    // cessationOfOperation
      {12, true, 4, true},    // CA certificate: any reasonCode
      {12, true, 1, true},
      {12, true, -1, false},  // CA certificate: one is required
      {12, true, 0, false},
  };
  for (const Row& r : rows)
    EXPECT_EQ(CrlEntryReasonOk(r.br_reason, r.ca, r.code), r.ok)
        << "BR reason " << r.br_reason << (r.ca ? " (CA)" : "") << ", reasonCode " << r.code;
}

TEST(Rules, ReasonPrecedence) {
  const ChoiceRow rows[] = {
      {{12}, CrlReason::kSuperseded, false, "req §1.3 #12 alone"},
      {{12, 13}, CrlReason::kPrivilegeWithdrawn, true, "req §3.3: #12 + #13 differ, ask a human"},
      {{9, 11}, CrlReason::kPrivilegeWithdrawn, true, "req §3.3: privilegeWithdrawn beats cessationOfOperation"},
      {{3, 13}, CrlReason::kKeyCompromise, true, "req §3.3: keyCompromise first"},
      {{5, 12}, CrlReason::kSuperseded, false, "req §1.2 #5 and §1.3 #12 agree"},
      {{1, 15}, CrlReason::kUnspecified, false, "req §3.3: no reasonCode"},
      {{15, 6}, CrlReason::kSuperseded, true, "req §3.3: superseded beats none"},
  };
  for (const auto& r : rows) {
    SCOPED_TRACE(r.cite);
    auto c = ChooseCrlReason(r.reasons);
    EXPECT_EQ(c.reason, r.expected);
    EXPECT_EQ(c.needs_confirmation, r.confirm);
  }
}

struct ShortLivedRow {
  const char* not_before;
  int64_t validity_seconds;  // inclusive Validity Period
  bool expected;
  const char* cite;
};

TEST(Rules, ShortLivedDefinition) {
  const ShortLivedRow rows[] = {
      {"2024-03-14T23:59:59Z", 3 * kDay, false, "req §1.1: before 2024-03-15 no exemption"},
      {"2024-03-15T00:00:00Z", 10 * kDay, true, "req §1.1: from 2024-03-15, <= 10 days"},
      {"2024-03-15T00:00:00Z", 10 * kDay + 1, false, "req §1.1: 10 days + 1 s is too long"},
      {"2026-03-14T23:59:59Z", 10 * kDay, true, "req §1.1: 10-day rule until 2026-03-15"},
      {"2026-03-15T00:00:00Z", 7 * kDay, true, "req §1.1: from 2026-03-15, <= 7 days"},
      {"2026-03-15T00:00:00Z", 7 * kDay + 1, false, "req §1.1: 7 days + 1 s is too long"},
  };
  for (const auto& r : rows) {
    SCOPED_TRACE(r.cite);
    int64_t nb = T(r.not_before);
    // notAfter - notBefore + 1 = validity (req §7 inclusive arithmetic).
    EXPECT_EQ(IsShortLived(nb, nb + r.validity_seconds - 1), r.expected);
  }
}

struct DeadlineRow {
  std::vector<int> reasons;
  bool ca;
  const char* not_after;
  const char* target;
  const char* hard;
  bool exempt, expires_first;
  const char* cite;
};

TEST(Rules, RevocationDeadlines) {
  const char* start = "2026-01-05T10:00:00Z";
  const DeadlineRow rows[] = {
      {{3}, false, "2026-06-01T00:00:00Z", "2026-01-06T10:00:00Z", "2026-01-06T10:00:00Z", false, false,
       "req §1.2: group A, 24 h"},
      {{12}, false, "2026-06-01T00:00:00Z", "2026-01-06T10:00:00Z", "2026-01-10T10:00:00Z", false, false,
       "req §1.3: group B, 24 h target, 120 h hard"},
      {{12, 4}, false, "2026-06-01T00:00:00Z", "2026-01-06T10:00:00Z", "2026-01-06T10:00:00Z", false, false,
       "req §1.4: several reasons, shortest wins"},
      {{12}, true, "2030-01-01T00:00:00Z", "2026-01-12T10:00:00Z", "2026-01-12T10:00:00Z", false, false,
       "req §1.5: sub-CA, 7 days"},
      {{12}, false, "2026-01-08T00:00:00Z", "2026-01-06T10:00:00Z", "2026-01-10T10:00:00Z", false, true,
       "req §1.3: expires before the hard limit"},
  };
  for (const auto& r : rows) {
    SCOPED_TRACE(r.cite);
    auto d = ComputeRevocationDeadline(r.reasons, r.ca, T(start), T("2025-12-01T00:00:00Z"), T(r.not_after));
    EXPECT_EQ(d.exempt, r.exempt);
    EXPECT_EQ(FormatRfc3339(d.target), r.target);
    EXPECT_EQ(FormatRfc3339(d.hard), r.hard);
    EXPECT_EQ(d.expires_first, r.expires_first);
  }
  // req §1.1: a short-lived certificate has no clock.
  auto d = ComputeRevocationDeadline({12}, false, T(start), T("2026-04-01T00:00:00Z"), T("2026-04-05T00:00:00Z"));
  EXPECT_TRUE(d.exempt);
}

TEST(Rules, ClockDeadlines) {
  int64_t t = T("2026-01-05T10:00:00Z");
  EXPECT_EQ(FormatRfc3339(ProblemReportResponseDue(t)), "2026-01-06T10:00:00Z");  // req §2.3 (BR 4.9.5)
  EXPECT_EQ(FormatRfc3339(FirstDisclosureDue(t)), "2026-01-08T10:00:00Z");        // req §4.4 (72 h)
  EXPECT_EQ(FormatRfc3339(FullReportDue(t)), "2026-01-19T10:00:00Z");             // req §4.4, §9.3 (14 days)
  EXPECT_EQ(FormatRfc3339(QuestionResponseDue(t)), "2026-01-12T10:00:00Z");       // req §4.4 (7 days)
}

TEST(Rules, NextUpdate) {
  int64_t last = T("2026-02-01T12:00:00Z");
  auto n = ComputeNextUpdate(std::nullopt, last, std::nullopt, false);  // req §4.4 (b)
  EXPECT_EQ(FormatRfc3339(n.due), "2026-02-08T12:00:00Z");
  n = ComputeNextUpdate(T("2026-03-01T00:00:00Z"), last, std::nullopt, false);  // req §4.4 (a)
  EXPECT_EQ(FormatRfc3339(n.due), "2026-03-01T00:00:00Z");
  n = ComputeNextUpdate(T("2026-03-01T00:00:00Z"), last, T("2026-02-02T00:00:00Z"), false);  // req §4.4 (c)
  EXPECT_EQ(FormatRfc3339(n.due), "2026-02-05T00:00:00Z");
  n = ComputeNextUpdate(std::nullopt, last, std::nullopt, true);  // req §4.4 delayed revocation, 3 days
  EXPECT_EQ(FormatRfc3339(n.due), "2026-02-04T12:00:00Z");
}

TEST(Rules, ClockStateAtTheDeadlineMinute) {
  int64_t start = T("2026-01-05T10:00:00Z"), due = start + 24 * kHour;
  EXPECT_EQ(StateAt(start, start, due), ClockState::kOk);
  EXPECT_EQ(StateAt(due - 6 * kHour - 1, start, due), ClockState::kOk);
  EXPECT_EQ(StateAt(due - 6 * kHour, start, due), ClockState::kDueSoon);
  EXPECT_EQ(StateAt(due, start, due), ClockState::kDueSoon);  // "within 24 hours" includes the deadline
  EXPECT_EQ(StateAt(due + kMinute, start, due), ClockState::kOverdue);
}

TEST(Rules, Rfc3339) {
  EXPECT_EQ(T("2026-01-05T10:00:00Z"), T("2026-01-05T11:00:00+01:00"));
  EXPECT_EQ(T("2026-01-05T10:00:00.250Z"), T("2026-01-05T10:00:00Z"));
  for (const char* bad : {"2026-01-05", "2026-01-05 10:00:00Z", "2026-02-30T00:00:00Z", "2026-01-05T10:00:00",
                          "2026-13-01T00:00:00Z", "2026-01-05T10:00:00Zjunk"})
    EXPECT_FALSE(ParseRfc3339(bad)) << bad;
}


// Req §2.3 (BR 4.9.5): "within 24 hours" includes the 24th hour; one second
// later the report is late, a reportable failure with its own 72 hours.
TEST(Rules, ProblemReportLateness) {
  const int64_t r = *ParseRfc3339("2026-01-05T09:30:00Z");
  EXPECT_FALSE(ProblemReportLate(r, r + 23 * kHour + 59 * kMinute, 0));
  EXPECT_FALSE(ProblemReportLate(r, r + 24 * kHour, 0));
  EXPECT_TRUE(ProblemReportLate(r, r + 24 * kHour + kMinute, 0));
  EXPECT_FALSE(ProblemReportLate(r, std::nullopt, r + 24 * kHour));
  EXPECT_TRUE(ProblemReportLate(r, std::nullopt, r + 24 * kHour + 1));
  EXPECT_STREQ(ProblemReportState(r, r + 23 * kHour + 59 * kMinute, r + 30 * kHour), "answered");
  EXPECT_STREQ(ProblemReportState(r, r + 24 * kHour + kMinute, r + 30 * kHour), "answered-late");
  EXPECT_STREQ(ProblemReportState(r, std::nullopt, r + kHour), "ok");
  EXPECT_STREQ(ProblemReportState(r, std::nullopt, r + 20 * kHour), "due-soon");
  EXPECT_STREQ(ProblemReportState(r, std::nullopt, r + 25 * kHour), "overdue");
  EXPECT_EQ(FormatRfc3339(ProblemReportFailureDisclosureDue(r)), "2026-01-09T09:30:00Z");
}

}  // namespace
}  // namespace cair::incident
