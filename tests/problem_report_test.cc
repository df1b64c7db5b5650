// Certificate Problem Report intake end to end (BR 4.9.5; requirements
// §2.3): `cair problem-report add / respond / list / open-incident`, the
// 24-hour clock in `cair due`, and the same reports through `cair serve`'s
// API and dashboard (the server in-process on an ephemeral port).
// One report is answered at 23 h 59 min (in time), one at 24 h 01 min (a
// reportable failure that opens its incident), one is never answered.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <thread>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "cli_util.h"
#include "store_fixture.h"
#include "server/server.h"

namespace {

using namespace cair::clitest;
namespace fs = std::filesystem;
using json = nlohmann::json;

constexpr const char* kSha = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";

class ProblemReports : public StoreTest {
 protected:
  ProblemReports() : StoreTest("cair_cpr_") {}
  // The problem-report clocks of `cair due --json` at `now`, by report id.
  std::map<int64_t, std::vector<json>> Clocks(const std::string& now) {
    CliRun r = Cair("due --json --now " + now + db_);
    EXPECT_EQ(r.code, 0) << r.err;
    std::map<int64_t, std::vector<json>> out;
    for (const auto& c : json::parse(r.out))
      if (c.contains("problem_report")) out[c["problem_report"].get<int64_t>()].push_back(c);
    return out;
  }
  json List(const std::string& now, bool open = false) {
    CliRun r = Cair("problem-report list --json --now " + now + (open ? " --open" : "") + db_);
    EXPECT_EQ(r.code, 0) << r.err;
    return json::parse(r.out);
  }
};

TEST_F(ProblemReports, AnsweredAt23h59InTimeAnd24h01LateWhichOpensItsIncident) {
  const std::string a = Ok("problem-report add --received-at 2026-01-05T09:30:00Z --reporter 'researcher@example.org' "
                           "--certs https://crt.sh/?sha256=" + std::string(kSha) +
                           " --text 'ST=Some-State in an OV certificate' --now 2026-01-05T09:31:00Z");
  const std::string b = Ok("problem-report add --received-at 2026-01-05T09:30:00Z --reporter 'Another Reporter' "
                           "--certs https://crt.sh/?id=12345 --text 'Key published on a paste site' --now 2026-01-05T09:31:00Z");
  ASSERT_EQ(a, "1");
  ASSERT_EQ(b, "2");

  // Both clocks run in `cair due` from receipt: due 24 h later.
  auto clocks = Clocks("2026-01-05T12:00:00Z");
  ASSERT_EQ(clocks[1].size(), 1u);
  EXPECT_EQ(clocks[1][0]["clock"], "problem_report_response");
  EXPECT_EQ(clocks[1][0]["due_at"], "2026-01-06T09:30:00Z");
  EXPECT_EQ(clocks[1][0]["state"], "ok");
  EXPECT_EQ(clocks[1][0]["incident"], 0);
  EXPECT_NE(clocks[1][0]["detail"].get<std::string>().find("BR 4.9.5"), std::string::npos);
  // The last quarter of the 24 hours: due soon; the 24th hour is still in time.
  EXPECT_EQ(Clocks("2026-01-06T04:00:00Z")[2][0]["state"], "due-soon");
  EXPECT_EQ(Clocks("2026-01-06T09:30:00Z")[2][0]["state"], "due-soon");
  // The text listing names the report where the incident would be.
  CliRun text = Cair("due --now 2026-01-05T12:00:00Z" + db_);
  EXPECT_NE(text.out.find("CPR 1"), std::string::npos) << text.out;

  // 23 h 59 min: answered in time, the clock stops.
  CliRun r1 = Cair("problem-report respond 1 --at 2026-01-06T09:29:00Z --text 'Confirmed, revocation by 2026-01-10'" + db_);
  EXPECT_EQ(r1.code, 0) << r1.err;
  EXPECT_EQ(r1.out, "answered\n");
  // 24 h 01 min: late, exit 1 (a finding), the failure named.
  CliRun r2 = Cair("problem-report respond 2 --at 2026-01-06T09:31:00Z" + db_);
  EXPECT_EQ(r2.code, 1) << r2.err;
  EXPECT_EQ(r2.out, "answered-late\n");
  EXPECT_NE(r2.err.find("reportable failure"), std::string::npos) << r2.err;
  // Answering twice is refused and changes nothing.
  CliRun again = Cair("problem-report respond 1 --at 2026-01-06T10:00:00Z" + db_);
  EXPECT_EQ(again.code, 3);
  EXPECT_NE(again.err.find("already answered"), std::string::npos) << again.err;

  auto list = List("2026-01-06T12:00:00Z");
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0]["state"], "answered");
  EXPECT_EQ(list[0]["late"], false);
  EXPECT_EQ(list[0]["responded_at"], "2026-01-06T09:29:00Z");
  EXPECT_EQ(list[0]["certificates"], json::array({kSha}));
  EXPECT_EQ(list[1]["state"], "answered-late");
  EXPECT_EQ(list[1]["late"], true);
  EXPECT_EQ(list[1]["certificates"], json::array({"crt.sh:12345"}));
  EXPECT_TRUE(List("2026-01-06T12:00:00Z", true).empty()) << "no report is still open";

  // No response clock any more; the late one carries the failure's 72-hour
  // disclosure clock until its incident is opened.
  clocks = Clocks("2026-01-06T12:00:00Z");
  EXPECT_FALSE(clocks.count(1));
  ASSERT_EQ(clocks[2].size(), 1u);
  EXPECT_EQ(clocks[2][0]["clock"], "problem_report_failure");
  EXPECT_EQ(clocks[2][0]["due_at"], "2026-01-09T09:30:00Z");

  // The report answered in time opens no failure incident.
  CliRun refused = Cair("problem-report open-incident 1 --title 'Example CA: nothing' --now 2026-01-06T12:00:00Z" + db_);
  EXPECT_EQ(refused.code, 3);
  EXPECT_NE(refused.err.find("within its 24 hours"), std::string::npos) << refused.err;

  const std::string inc = Ok("problem-report open-incident 2 --title 'Example CA: Failure to reply to a Certificate Problem "
                             "Report within 24 hours' --now 2026-01-06T12:00:00Z");
  ASSERT_FALSE(inc.empty());
  EXPECT_FALSE(Clocks("2026-01-06T12:00:00Z").count(2)) << "the incident's own clocks take over";
  CliRun twice = Cair("problem-report open-incident 2 --title X --now 2026-01-06T12:00:00Z" + db_);
  EXPECT_EQ(twice.code, 3);
  EXPECT_NE(twice.err.find("already opened incident " + inc), std::string::npos) << twice.err;

  // Its timeline tells what happened to the report, without naming the
  // reporter (CCADB IRG: names only with consent, req §4.2).
  CliRun show = Cair("incident show " + inc + db_);
  ASSERT_EQ(show.code, 0) << show.err;
  for (const char* want : {"Certificate Problem Report 2 received about 1 certificate(s)",
                           "24 hours passed without a preliminary report", "sent to the Subscriber and the reporter (late)"})
    EXPECT_NE(show.out.find(want), std::string::npos) << want << "\n" << show.out;
  EXPECT_EQ(show.out.find("Another Reporter"), std::string::npos) << show.out;
  EXPECT_NE(show.out.find("problem-report-failure"), std::string::npos) << show.out;
  // The incident's first disclosure is due 72 h after awareness, which
  // defaults to the moment the 24 hours passed.
  bool first = false;
  for (const auto& c : json::parse(Cair("due --json --now 2026-01-06T12:00:00Z" + db_).out))
    if (std::to_string(c["incident"].get<int64_t>()) == inc && c["clock"] == "first_disclosure") {
      first = true;
      EXPECT_EQ(c["due_at"], "2026-01-09T09:30:00Z");
    }
  EXPECT_TRUE(first);
  auto after = List("2026-01-06T12:00:00Z");
  EXPECT_EQ(after[1]["incident"].get<int64_t>(), std::stoll(inc));
}

TEST_F(ProblemReports, UnansweredPast24HoursIsOverdueAndAFailure) {
  ASSERT_EQ(Ok("problem-report add --received-at 2026-01-05T09:30:00Z --reporter R --text 'misissued' --now 2026-01-05T10:00:00Z"), "1");
  auto c = Clocks("2026-01-06T09:31:00Z");
  ASSERT_EQ(c[1].size(), 2u);
  EXPECT_EQ(c[1][0]["clock"], "problem_report_response");
  EXPECT_EQ(c[1][0]["state"], "overdue");
  EXPECT_EQ(c[1][1]["clock"], "problem_report_failure");
  auto list = List("2026-01-06T09:31:00Z", true);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0]["state"], "overdue");
  EXPECT_EQ(list[0]["late"], true);
  // Its incident can be opened before the answer; the answer then lands in
  // the incident's timeline.
  const std::string inc = Ok("problem-report open-incident 1 --title 'Example CA: late CPR' --now 2026-01-06T10:00:00Z");
  CliRun late = Cair("problem-report respond 1 --at 2026-01-06T11:00:00Z" + db_);
  EXPECT_EQ(late.code, 1);
  CliRun show = Cair("incident show " + inc + db_);
  EXPECT_NE(show.out.find("(late: due 2026-01-06 09:30 UTC)"), std::string::npos) << show.out;
  // The text listing flags the failure with its incident.
  CliRun text = Cair("problem-report list --now 2026-01-06T12:00:00Z" + db_);
  EXPECT_NE(text.out.find("FAILURE, incident #" + inc), std::string::npos) << text.out;
}

TEST_F(ProblemReports, BadInputIsRefusedAndNothingSaved) {
  CliRun r = Cair("problem-report add --received-at 2026-01-05 --reporter R --text x" + db_);
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("--received-at"), std::string::npos) << r.err;
  r = Cair("problem-report add --received-at 2026-01-05T09:30:00Z --reporter R --text x --certs not-a-hash" + db_);
  EXPECT_EQ(r.code, 3);
  EXPECT_NE(r.err.find("\"not-a-hash\""), std::string::npos) << r.err;
  r = Cair("problem-report add --received-at 2026-01-05T09:30:00Z --reporter R" + db_);
  EXPECT_EQ(r.code, 2) << "no --text";
  r = Cair("problem-report add --received-at 2026-02-05T09:30:00Z --reporter R --text x --now 2026-01-05T09:30:00Z" + db_);
  EXPECT_EQ(r.code, 3);
  EXPECT_NE(r.err.find("in the future"), std::string::npos) << r.err;
  // A certificate file is read: its SHA-256 is recorded.
  std::string id = Ok("problem-report add --received-at 2026-01-05T09:30:00Z --reporter R --text x --certs samples/issuing-ca.pem "
                      "--now 2026-01-05T10:00:00Z");
  auto list = List("2026-01-05T10:00:00Z");
  ASSERT_EQ(list.size(), 1u) << "the refused reports left nothing behind";
  ASSERT_EQ(list[0]["certificates"].size(), 1u);
  EXPECT_EQ(list[0]["certificates"][0].get<std::string>().size(), 64u);
  r = Cair("problem-report respond 9 --at 2026-01-05T10:00:00Z" + db_);
  EXPECT_EQ(r.code, 3);
  EXPECT_NE(r.err.find("no problem report 9"), std::string::npos) << r.err;
  r = Cair("problem-report respond " + id + " --at 2026-01-05T09:00:00Z" + db_);
  EXPECT_EQ(r.code, 3);
  EXPECT_NE(r.err.find("before the report was received"), std::string::npos) << r.err;
  CliRun help = Cair("problem-report add --help");
  EXPECT_NE(help.out.find("Example"), std::string::npos);
}

// GET /v1/problem-reports and the dashboard's "Open problem reports".
TEST_F(ProblemReports, ApiAndDashboardShowOpenReportsWithTheirClocks) {
  Ok("problem-report add --received-at 2026-01-05T09:30:00Z --reporter 'R <r@example.org>' --text 'one' --now 2026-01-05T10:00:00Z");
  Ok("problem-report add --received-at 2026-01-06T08:00:00Z --reporter Q --text 'two' --now 2026-01-06T08:05:00Z");
  Ok("problem-report add --received-at 2026-01-06T08:00:00Z --reporter S --text 'three' --now 2026-01-06T08:05:00Z");
  Cair("problem-report respond 3 --at 2026-01-06T09:00:00Z" + db_);
  cair::server::ServerOptions o;
  o.port = 0;
  o.db = (dir_ / "cair.db").string();
  o.now = 1767696000;  // 2026-01-06T10:40:00Z: report 1 is overdue, report 2 runs
  o.access_log = nullptr;
  auto s = cair::server::Server::Create(std::move(o));
  ASSERT_TRUE(s.ok()) << s.status().message();
  auto server = std::move(*s);
  std::thread t([&] { server->Run(); });
  httplib::Client client("127.0.0.1", server->port());
  for (int i = 0; i < 200 && !client.Get("/healthz"); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));

  auto r = client.Get("/v1/problem-reports?open=1");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  auto j = json::parse(r->body)["problem_reports"];
  ASSERT_EQ(j.size(), 2u) << r->body;
  EXPECT_EQ(j[0]["id"], 1);
  EXPECT_EQ(j[0]["state"], "overdue");
  EXPECT_EQ(j[0]["due_at"], "2026-01-06T09:30:00Z");
  EXPECT_EQ(j[1]["state"], "ok");
  EXPECT_EQ(json::parse(client.Get("/v1/problem-reports")->body)["problem_reports"].size(), 3u);
  auto due = json::parse(client.Get("/v1/due")->body);
  int cpr = 0;
  for (const auto& c : due) cpr += c.contains("problem_report");
  EXPECT_EQ(cpr, 3) << "two response clocks and the failure clock of report 1";

  auto page = client.Get("/");
  ASSERT_TRUE(page);
  const std::string& html = page->body;
  ASSERT_NE(html.find("Open problem reports"), std::string::npos) << html;
  EXPECT_TRUE(std::regex_search(html, std::regex("<tr class=\"clock overdue\" data-state=\"overdue\"><td>1<br>[^]*?"
                                                 "reportable failure[^]*?cair problem-report open-incident 1")))
      << html;
  EXPECT_TRUE(std::regex_search(html, std::regex("<tr class=\"clock ok\" data-state=\"ok\"><td>2<br>"))) << html;
  EXPECT_NE(html.find("R &lt;r@example.org&gt;"), std::string::npos) << "escaped";
  EXPECT_EQ(html.find("<td>3<br>"), std::string::npos) << "answered in time: not open";
  EXPECT_NE(html.find("href=\"#problem-reports\">problem report 2</a>"), std::string::npos) << "its clock row";
  server->Stop();
  t.join();
}

}  // namespace
