// CheckDelayObligations (MRSP 6.1.3, req §3.4): the three obligations of a
// delayed-revocation report, each found in its usual wordings and each
// reported on the Action Items heading when absent.
#include <gtest/gtest.h>

#include "report/check.h"

namespace cair::report {
namespace {

const char* kHead = "## Full Incident Report\n\n### Impact\n\n- **Analysis:** Pinned in infusion pumps.\n\n";

std::string Report(const std::string& rows, const std::string& rationale_rows = "") {
  std::string r = kHead;
  r += "#### Per-subscriber rationale\n\n| Subscriber | Certificate SHA-256 hash | Planned revocation | Rationale |\n|---|---|---|---|\n";
  r += rationale_rows.empty() ? "| N/A | N/A | N/A | N/A |\n" : rationale_rows;
  r += "\n### Action Items\n\n| Action Item | Kind | Corresponding Root Cause(s) | Evaluation Criteria | Due Date | Status |\n|---|---|---|---|---|---|\n";
  return r + rows + "\n### Appendix\n\nN/A\n";
}

const std::string kNotify = "| Notify the Apple root program of the delayed revocation | Mitigate | 1 | Sent | 2026-03-10 | Ongoing |\n";
const std::string kAudit =
    "| Have the auditor list this delay as a finding in the next audit statement | Detect | 1 | Listed | 2027-03-31 | Ongoing |\n";
const std::string kRationale = "| Record the per-subscriber rationale | Mitigate | 1 | Plans for all | 2026-03-10 | Ongoing |\n";

TEST(DelayObligations, AllPresentIsClean) {
  EXPECT_TRUE(CheckDelayObligations(Report(kNotify + kAudit + kRationale)).empty());
  // The rationale given in its own table stands for the action item.
  EXPECT_TRUE(CheckDelayObligations(Report(kNotify + kAudit, "| Hospital | AB | 2026-03-20 | Infusion pumps |\n")).empty());
  // Other wordings CAs use.
  EXPECT_TRUE(CheckDelayObligations(Report("| Inform Chrome and Microsoft of the revocation delay | Mitigate | 1 | Mail | 2026-03-10 | Complete |\n"
                                           "| Ask our auditor to include the delay in the audit findings | Detect | 1 | Statement | 2027-01-01 | Ongoing |\n" +
                                           kRationale))
                  .empty());
}

TEST(DelayObligations, EachMissingOneIsNamed) {
  const std::string r = Report(kAudit + kRationale);
  auto f = CheckDelayObligations(r);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, "delay-obligation");
  EXPECT_NE(f[0].message.find("root programs"), std::string::npos);
  EXPECT_EQ(f[0].line, 13) << "the Action Items heading";
  f = CheckDelayObligations(Report(kNotify + kRationale));
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].message.find("audit statement"), std::string::npos);
  f = CheckDelayObligations(Report(kNotify + kAudit));
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].message.find("per subscriber"), std::string::npos);
  EXPECT_EQ(f[0].line, 7) << "the Per-subscriber rationale heading";
  EXPECT_EQ(CheckDelayObligations(Report("| N/A | N/A | N/A | N/A | N/A | N/A |\n")).size(), 3u);
  // An audit row that is not about the statement's findings does not count.
  EXPECT_EQ(CheckDelayObligations(Report(kNotify + kRationale + "| Audit log retention | Prevent | 1 | Logs | 2026-05-01 | Ongoing |\n")).size(), 1u);
}

TEST(DelayObligations, CheckReportRunsItOnDelayedReportsOnly) {
  // A full (not delayed) report has no such obligations.
  std::string full = Report("| Pre-issuance check | Prevent | 1 | No placeholder ST | 2026-06-01 | Ongoing |\n");
  std::string plain = full;
  plain.replace(plain.find("#### Per-subscriber rationale"), std::string("#### Per-subscriber rationale").size(), "#### Notes");
  for (const auto& f : CheckReport(plain, {})) EXPECT_NE(f.rule, "delay-obligation") << f.message;
  bool flagged = false;
  for (const auto& f : CheckReport(full, {})) flagged |= f.rule == "delay-obligation";
  EXPECT_TRUE(flagged);
}

}  // namespace
}  // namespace cair::report
