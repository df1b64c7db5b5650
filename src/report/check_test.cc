// Unit tests of `cair report check`: quiet on a clean report, one finding
// (with its line) for each defect class.
#include "report/check.h"

#include <gtest/gtest.h>

#include "incident/rules.h"

namespace cair::report {
namespace {

const char* kClean = R"(## Full Incident Report

### Summary

- **CA Owner CCADB unique ID:** A000123
- **Incident description:** Five OV certificates carried the OpenSSL default "Some-State".
- **Timeline summary:**
   - **Non-compliance start date:** 2019-03-01 00:00 UTC
   - **Non-compliance identified date:** 2019-05-11 17:37 UTC
   - **Non-compliance end date:** 2019-05-11 21:37 UTC
- **Relevant policies:** TLS BR v1.6.5 §7.1.4.2.2(f)
- **Source of incident disclosure:** Third Party Reported

### Impact

- **Total number of certificates:** 5
- **Total number of "remaining valid" certificates:** 0
- **Affected certificate types:** OV
- **Incident heuristic:** subject:stateOrProvinceName = "Some-State"; the full corpus is in the Appendix.
- **Was issuance stopped in response to this incident, and why or why not?:** Yes.
- **Analysis:** N/A
- **Additional considerations:** N/A

### Timeline

All times are UTC.

- 2019-05-11 17:37 UTC: Problem report received
- 2019-05-11 21:37 UTC: All five certificates revoked

### Related Incidents

| Bug | Date | Description |
|-----|------|-------------|
| [1551371](https://bugzilla.mozilla.org/show_bug.cgi?id=1551371) | 2019-05-11 | Same defect at T-Systems |

### Root Cause Analysis

**Contributing Factor 1: Organisation data accepted without a State allow-list**
- **Description:** The RA front end copied the CSR's stateOrProvinceName into the certificate without checking it against the validated organisation record or an ISO 3166-2 list.
- **Timeline:** Introduced with the 2017 RA release.
- **Detection:** A community member's CT search; our post-issuance linter had no placeholder check.
- **Interaction with other factors:** N/A
- **Root Cause Analysis methodology used:** 5 Whys

### Lessons Learned

- **What went well:** Revocation within 4 hours.
- **What didn’t go well:** Our linter missed placeholder values.
- **Where we got lucky:** N/A
- **Additional:** N/A

### Action Items

| Action Item | Kind | Corresponding Root Cause(s) | Evaluation Criteria | Due Date | Status |
|---|---|---|---|---|---|
| Pre-issuance check of ST against ISO 3166-2 | Prevent | Root Cause # 1 | No placeholder ST in CT | 2019-06-01 | Complete |

### Appendix

N/A

---
_Report template: CCADB Incident Reporting Guidelines v3.2._
)";

int64_t Now() { return *incident::ParseRfc3339("2026-04-01T00:00:00Z"); }

std::vector<Finding> Check(const std::string& text) { return CheckReport(text, {Now()}); }

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  size_t p = s.find(from);
  EXPECT_NE(p, std::string::npos) << from;
  if (p != std::string::npos) s.replace(p, from.size(), to);
  return s;
}

// The one finding of `rule` that `text` must produce, on `line`.
void ExpectOnly(const std::string& text, const std::string& rule, int line) {
  auto f = Check(text);
  ASSERT_EQ(f.size(), 1u) << [&] {
    std::string all;
    for (const auto& x : f) all += std::to_string(x.line) + ": " + x.rule + ": " + x.message + "\n";
    return all;
  }();
  EXPECT_EQ(f[0].rule, rule) << f[0].message;
  EXPECT_EQ(f[0].line, line) << f[0].message;
}

TEST(ReportCheck, CleanReportHasNoFindings) {
  EXPECT_EQ(DetectReportKind(kClean), "full");
  auto f = Check(kClean);
  for (const auto& x : f) ADD_FAILURE() << x.line << ": " << x.rule << ": " << x.message;
}

TEST(ReportCheck, HeadingsAndLabels) {
  ExpectOnly(Replace(kClean, "### Lessons Learned", "### Lesson Learned"), "misspelled-heading", 46);
  ExpectOnly(Replace(kClean, "### Related Incidents\n", ""), "missing-heading", 24);
  // The typographic apostrophe is part of the label (req §4.6).
  ExpectOnly(Replace(kClean, "What didn’t go well:", "What didn't go well:"), "misspelled-label", 49);
  ExpectOnly(Replace(kClean, "- **Affected certificate types:** OV\n", ""), "missing-label", 14);
  ExpectOnly(Replace(kClean, "**Incident heuristic:**", "**Incident heuristics:**"), "misspelled-label", 19);
  // "Other" is the field table's name for "Additional" (req §4.6 note).
  EXPECT_TRUE(Check(Replace(kClean, "**Additional:**", "**Other:**")).empty());
}

TEST(ReportCheck, EmptyFieldsMustSayNA) {
  ExpectOnly(Replace(kClean, "**Where we got lucky:** N/A", "**Where we got lucky:**"), "empty-field", 50);
  ExpectOnly(Replace(kClean, "**Analysis:** N/A", "**Analysis:** TBD"), "empty-field", 21);
  // A label whose text continues on indented lines is not empty.
  EXPECT_TRUE(Check(Replace(kClean, "**Analysis:** N/A", "**Analysis:**\n   Explained here.")).empty());
}

TEST(ReportCheck, ClosedValues) {
  ExpectOnly(Replace(kClean, "Third Party Reported", "Community"), "bad-value", 12);
  ExpectOnly(Replace(kClean, "A000123", "123"), "bad-value", 5);
}

TEST(ReportCheck, TimelineEntriesNeedUtcDateTimes) {
  ExpectOnly(Replace(kClean, "- 2019-05-11 21:37 UTC: All", "- Later that day: All"), "timeline-time", 29);
  // A local time without offset, when the section does not declare UTC.
  auto local = Replace(Replace(kClean, "All times are UTC.\n", ""), "2019-05-11 21:37 UTC:", "2019-05-11 16:37 CDT:");
  auto f = Check(local);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, "timeline-time");
  // The IRG v2.0 layout: a date line, then HH:MM bullets, all times UTC.
  EXPECT_TRUE(Check(Replace(kClean, "- 2019-05-11 17:37 UTC: Problem report received\n- 2019-05-11 21:37 UTC:",
                            "2019-05-11:\n- 17:37 Problem report received\n- 21:37")).empty());
  // With an offset from UTC.
  EXPECT_TRUE(Check(Replace(Replace(kClean, "All times are UTC.\n", ""), "21:37 UTC:", "16:37 -05:00:")).empty());
}

TEST(ReportCheck, RootCauseThatOnlyBlamesPeople) {
  const std::string desc =
      "The RA front end copied the CSR's stateOrProvinceName into the certificate without checking it against the "
      "validated organisation record or an ISO 3166-2 list.";
  ExpectOnly(Replace(kClean, desc, "Human error by a validation specialist."), "root-cause-blame", 40);
  ExpectOnly(Replace(kClean, desc, "An oversight; staff will receive additional training."), "root-cause-blame", 40);
  EXPECT_TRUE(OnlyBlamesPeople("A mistake."));
  EXPECT_FALSE(OnlyBlamesPeople("A mistake in the RA configuration let the CSR's ST value bypass the organisation record check "
                                "because the allow-list table was empty after the migration."));
  EXPECT_FALSE(OnlyBlamesPeople("The linter had no placeholder check."));
}

TEST(ReportCheck, ActionItems) {
  const std::string row = "| Pre-issuance check of ST against ISO 3166-2 | Prevent | Root Cause # 1 | No placeholder ST in CT | 2019-06-01 | Complete |";
  ExpectOnly(Replace(kClean, row, "| Pre-issuance check | Prevent | Root Cause # 1 | No placeholder ST in CT | 2019-06-01 | Done |"),
             "action-item", 57);
  ExpectOnly(Replace(kClean, row, "| Pre-issuance check | Fix | Root Cause # 1 | No placeholder ST in CT | 2019-06-01 | Ongoing |"),
             "action-item", 57);
  ExpectOnly(Replace(kClean, row, "| Pre-issuance check | Prevent | Root Cause # 1 |  | 2019-06-01 | Ongoing |"), "action-item", 57);
  ExpectOnly(Replace(kClean, row, "| Pre-issuance check | Prevent | Root Cause # 1 | Criteria | soon | Ongoing |"), "action-item", 57);
  ExpectOnly(Replace(kClean, row, "| N/A | N/A | N/A | N/A | N/A | N/A |"), "action-item", 55);
  ExpectOnly(Replace(kClean, "| Evaluation Criteria |", "| Evaluation criterion |"), "misspelled-heading", 55);
}

TEST(ReportCheck, DelayedRevocationRationale) {
  std::string delayed = Replace(kClean, "- **Analysis:** N/A\n",
                                "- **Analysis:** The Subscriber is a hospital network whose devices pin the certificate.\n"
                                "   - **Revoked:** 3\n   - **Not yet revoked:** 2\n   - **Planned for revocation and expired:** 0\n"
                                "   - **Estimated completion:** 2019-05-30 00:00 UTC\n");
  delayed = Replace(delayed, "### Timeline", "#### Per-subscriber rationale\n\n| Subscriber | Certificate SHA-256 hash | Planned revocation | Rationale |\n"
                                             "|---|---|---|---|\n| Hospital | AB | 2019-05-30 | Pinned in medical devices |\n\n### Timeline");
  // The delay's obligations (MRSP 6.1.3; check_delay_obligations.cc).
  delayed = Replace(delayed, "| 2019-06-01 | Complete |\n",
                    "| 2019-06-01 | Complete |\n"
                    "| Notify the Chrome root program of the delayed revocation | Mitigate | Root Cause # 1 | Notice sent | 2019-05-25 | Complete |\n"
                    "| Have the delay listed as a finding in the next audit statement | Detect | Root Cause # 1 | Listed | 2020-03-31 | Ongoing |\n");
  EXPECT_EQ(DetectReportKind(delayed), "delayed-revocation");
  auto f = Check(delayed);
  for (const auto& x : f) ADD_FAILURE() << x.line << ": " << x.rule << ": " << x.message;
  ExpectOnly(Replace(delayed, "Pinned in medical devices", "The defect is not a security risk"), "delay-rationale", 32);
  ExpectOnly(Replace(delayed, "The Subscriber is a hospital network whose devices pin the certificate.",
                     "Purely a compliance matter with no security impact."),
             "delay-rationale", 21);
  ExpectOnly(Replace(delayed, "The Subscriber is a hospital network whose devices pin the certificate.", "N/A"), "delay-analysis", 21);
  EXPECT_TRUE(NotASecurityRiskRationale("These certificates pose no risk to relying parties."));
  EXPECT_FALSE(NotASecurityRiskRationale("Revocation would stop dialysis machines in 40 hospitals."));
}

TEST(ReportCheck, SupersededTemplateVersion) {
  ExpectOnly(Replace(kClean, "Guidelines v3.2", "Guidelines v3.0"), "template-version", 64);
  // v3.1 was superseded on 2026-03-20: allowed for 30 days, then not.
  auto v31 = Replace(kClean, "Guidelines v3.2", "Guidelines v3.1");
  EXPECT_TRUE(CheckReport(v31, {*incident::ParseRfc3339("2026-04-15T00:00:00Z")}).empty());
  EXPECT_EQ(CheckReport(v31, {*incident::ParseRfc3339("2026-04-20T00:00:00Z")}).size(), 1u);
  auto audit = CheckReport("## Audit Incident Report\n\n### Finding #1\n", {Now()});
  bool superseded = false;
  for (const auto& x : audit) superseded |= x.rule == "template-version" && x.line == 1;
  EXPECT_TRUE(superseded);
}

TEST(ReportCheck, OtherKinds) {
  const std::string closure =
      "### Report Closure Summary\n\n- **Incident description:** X.\n- **Incident Root Cause(s):** The RA did not check ST against a "
      "list of valid values for the country.\n- **Remediation description:** Check deployed.\n- **Commitment summary:** N/A\n\n"
      "All Action Items disclosed in this report have been completed as described, and we request its closure.\n";
  EXPECT_EQ(DetectReportKind(closure), "closure");
  EXPECT_TRUE(Check(closure).empty());
  ExpectOnly(Replace(closure, "and we request its closure.", "please close."), "closure-request", 1);
  ExpectOnly(Replace(closure, "The RA did not check ST against a list of valid values for the country.", "Human error."),
             "root-cause-blame", 4);
  const std::string prelim =
      "## Preliminary Incident Report\n\n### Summary\n\n- **Incident description:** X.\n- **Relevant policies:** BR 7.1.4.2\n"
      "- **Source of incident disclosure:** Self Reported\n";
  EXPECT_TRUE(Check(prelim).empty());
  ExpectOnly(Replace(prelim, "- **Relevant policies:** BR 7.1.4.2\n", ""), "missing-label", 3);
  ExpectOnly("# My incident\n\nSomething happened.\n", "unknown-report", 1);
}

}  // namespace
}  // namespace cair::report
