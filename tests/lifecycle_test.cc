// Issue 12 through the `cair` command line, on the model incidents'
// certificates (testdata/scenarios/): a closed incident whose lint fires
// again at the gate (`cair serve`, `cair resume`) and in `cair scan
// --recurrence`, and the recurrence opened as its own incident (CCADB IRG
// 4.3 item 3); a split (item 2); an audit statement with three findings
// opening three incidents (IRG 4.1); a delayed-revocation incident with its
// obligations, and `report check` flagging a report without them (MRSP
// 6.1.3, req §3.4).
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <regex>
#include <thread>

#include <nlohmann/json.hpp>

#include "cli_util.h"

namespace {

using namespace cair::clitest;
namespace fs = std::filesystem;
using Json = nlohmann::json;

const std::string kTrust = "testdata/scenarios/securetrust-somestate/";
const std::string kOverheid = "testdata/scenarios/pkioverheid-serial/";

class Lifecycle : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("cair_lifecycle_" + std::to_string(getpid()) + "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_path_ = (dir_ / "cair.db").string();
    db_ = " --db " + db_path_;
  }
  void TearDown() override {
    if (server_ > 0) {
      kill(server_, SIGTERM);
      waitpid(server_, nullptr, 0);
    }
    fs::remove_all(dir_);
  }
  std::string Ok(const std::string& args) { return CairOk(args + db_); }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }
  void Write(const std::string& name, const std::string& text) const { std::ofstream(dir_ / name, std::ios::binary) << text; }
  // `cair serve` on an ephemeral port; returns the port.
  int Serve(const std::string& extra) {
    const std::string out = Path("serve.out"), err = Path("serve.err");
    server_ = fork();
    if (server_ == 0) {
      (void)!freopen(out.c_str(), "w", stdout);
      (void)!freopen(err.c_str(), "w", stderr);
      std::string cmd = std::string("exec ") + CAIR_BINARY + " serve --listen 127.0.0.1:0 --db " + db_path_ + " " + extra;
      execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    for (int i = 0; i < 500; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
      std::smatch m;
      std::string text = Slurp(out);
      if (std::regex_search(text, m, std::regex(R"(listening on http://127\.0\.0\.1:(\d+))"))) return std::stoi(m[1]);
    }
    ADD_FAILURE() << "cair serve did not start: " << Slurp(err);
    return 0;
  }
  // The SHA-256 and notBefore of each certificate a lint finds, by `cair scan`.
  std::vector<std::pair<std::string, std::string>> Hits(const std::string& lint, const std::string& sources) {
    CliRun r = Cair("scan -q --only " + lint + " --csv " + Path("hits.csv") + " " + sources);
    EXPECT_EQ(r.code, 0) << r.err;
    std::vector<std::pair<std::string, std::string>> out;
    auto lines = Lines(Slurp(Path("hits.csv")));
    for (size_t i = 1; i < lines.size(); ++i) {
      auto c1 = lines[i].find(','), c2 = lines[i].find(',', c1 + 1);
      std::smatch m;
      if (std::regex_search(lines[i], m, std::regex(R"(,(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ),)"))) out.emplace_back(lines[i].substr(0, c1), m[1]);
      (void)c2;
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    return out;
  }

  fs::path dir_;
  std::string db_path_, db_;
  pid_t server_ = 0;
};

std::string FirstPem(const std::string& bundle, size_t index) {
  size_t at = 0;
  for (size_t i = 0; i <= index; ++i) {
    at = bundle.find("-----BEGIN CERTIFICATE-----", i ? at + 1 : 0);
    if (at == std::string::npos) return "";
  }
  const std::string end = "-----END CERTIFICATE-----";
  return bundle.substr(at, bundle.find(end, at) + end.size() - at) + "\n";
}

// SecureTrust's Some-State certificates (req §6.3) were issued 2019-03-01 to
// 03-05, one a day at 15:00 UTC. The incident knows the first two and closes
// on 2019-03-02 at 20:00; the three issued afterwards recur it.
TEST_F(Lifecycle, ClosedIncidentRecursAtTheGateAndInAScan) {
  const std::string lint = "e_subject_placeholder_value";
  auto hits = Hits(lint, kTrust + "affected.pem");
  ASSERT_EQ(hits.size(), 5u);
  Write("first-two.txt", hits[0].first + "\n" + hits[1].first + "\n");
  const std::string id = Ok("incident open --title 'Scenario Trust: Some-State in ST' --ca-owner 'Scenario Trust'"
                            " --aware-at 2019-03-02T16:00:00Z --now 2019-03-02T16:00:00Z");
  Ok("problem add " + id + " --name 'OpenSSL default ST' --reason 13 --lint " + lint + " --certs " + kTrust +
     "affected.pem --sha256-list " + Path("first-two.txt") + " --now 2019-03-02T16:30:00Z");
  // Before closure nothing is watched.
  CliRun none = Cair("scan -q --recurrence " + kTrust + "affected.pem" + db_);
  EXPECT_EQ(none.code, 0) << none.err;
  EXPECT_NE(none.out.find("nothing to watch"), std::string::npos) << none.out;
  Ok("incident close " + id + " --now 2019-03-02T20:00:00Z");

  CliRun list = Cair("recurrence list --json" + db_);
  ASSERT_EQ(list.code, 0) << list.err;
  auto lj = Json::parse(list.out);
  ASSERT_EQ(lj.size(), 1u);
  EXPECT_EQ(lj[0]["lint"], lint);
  EXPECT_EQ(lj[0]["issuers"], Json::array({"C=US, O=Scenario Trust, CN=Scenario Trust OV CA"}));
  EXPECT_EQ(lj[0]["closed_at"], "2019-03-02T20:00:00Z");

  // The scan: the three issued after the closure, not the two before it.
  CliRun scan = Cair("scan -q --recurrence --json " + Path("scan.json") + " --fingerprints " + Path("fp") + " " + kTrust +
                     "affected.pem " + kTrust + "issuer.pem" + db_);
  EXPECT_EQ(scan.code, 1) << scan.err << scan.out;
  EXPECT_NE(scan.out.find("incident " + id + " problem 1 \"OpenSSL default ST\" (" + lint + "), closed 2019-03-02T20:00:00Z: "
                          "3 certificate(s) issued after closure, 2019-03-03T15:00:00Z .. 2019-03-05T15:00:00Z"),
            std::string::npos)
      << scan.out;
  auto sj = Json::parse(Slurp(Path("scan.json")));
  ASSERT_EQ(sj["recurrences"].size(), 1u);
  EXPECT_EQ(sj["recurrences"][0]["count"], 3);
  std::vector<std::string> later = {hits[2].first, hits[3].first, hits[4].first};
  std::vector<std::string> got = sj["recurrences"][0]["sha256"];
  std::sort(got.begin(), got.end());
  std::sort(later.begin(), later.end());
  EXPECT_EQ(got, later);
  EXPECT_EQ(Lines(Slurp(Path("fp/recurrence_" + id + "_1.txt"))).size(), 3u);

  // The gate denies and names the closed incident, even with the lint
  // itself ignored (the recurrence, not the lint, denies).
  const int port = Serve("--ignore-lints " + lint);
  ASSERT_NE(port, 0);
  httplib::Client http("127.0.0.1", port);
  const std::string pem = FirstPem(Slurp(fs::path(CAIR_SOURCE_DIR) / (kTrust + "affected.pem")), 4);
  auto g = http.Post("/v1/gate", pem, "application/x-pem-file");
  ASSERT_TRUE(g);
  ASSERT_EQ(g->status, 200) << g->body;
  auto gj = Json::parse(g->body);
  EXPECT_EQ(gj["decision"], "deny") << g->body;
  ASSERT_EQ(gj["reasons"].size(), 1u) << g->body;
  EXPECT_EQ(gj["reasons"][0]["kind"], "recurrence");
  EXPECT_EQ(gj["reasons"][0]["incident"], std::stoll(id));
  EXPECT_NE(gj["reasons"][0]["message"].get<std::string>().find("of incident " + id), std::string::npos);
  // A certificate the lint does not fire on passes.
  auto ok = http.Post("/v1/gate", FirstPem(Slurp(fs::path(CAIR_SOURCE_DIR) / (kOverheid + "affected.pem")), 0),
                      "application/x-pem-file");
  ASSERT_TRUE(ok);
  for (const auto& r : Json::parse(ok->body)["reasons"]) EXPECT_NE(r["kind"], "recurrence") << ok->body;

  // The recurrence is a new incident with its own clocks, linked both ways.
  const std::string rec = Ok("recurrence open " + id + " --aware-at 2019-03-05T18:00:00Z --now 2019-03-05T18:05:00Z");
  EXPECT_NE(rec, id);
  EXPECT_EQ(Cair("recurrence open " + rec + db_).code, 3) << "an open incident does not recur";
  CliRun due = Cair("due --json --now 2019-03-05T19:00:00Z" + db_);
  bool clock = false;
  for (const auto& c : Json::parse(due.out))
    if (std::to_string(c["incident"].get<int64_t>()) == rec && c["clock"] == "first_disclosure") {
      clock = true;
      EXPECT_EQ(c["due_at"], "2019-03-08T18:00:00Z");
    }
  EXPECT_TRUE(clock) << due.out;
  Ok("problem add " + rec + " --name 'Some-State again' --reason 13 --lint " + lint + " --certs " + kTrust +
     "affected.pem --sha256-list " + Path("fp/recurrence_" + id + "_1.txt") + " --now 2019-03-05T18:30:00Z");
  CliRun report = Cair("report " + rec + " --kind full --now 2019-03-06T00:00:00Z" + db_);
  ASSERT_EQ(report.code, 0) << report.err;
  EXPECT_NE(report.out.find("| cair incident " + id + " (not yet filed) | 2019-03-02 | This incident is a recurrence of that one"),
            std::string::npos)
      << report.out;
  CliRun old_report = Cair("report " + id + " --kind full --now 2019-03-06T00:00:00Z" + db_);
  EXPECT_NE(old_report.out.find("That incident is a recurrence of this one"), std::string::npos) << old_report.out;
  EXPECT_NE(Ok("incident show " + id).find("Recurrence found; opened as incident " + rec), std::string::npos);

  // The dashboard shows it.
  auto page = http.Get("/");
  ASSERT_TRUE(page);
  EXPECT_NE(page->body.find("<table id=\"recurrences\">"), std::string::npos) << page->body;
  EXPECT_NE(page->body.find("href=\"/incidents/" + rec + "\""), std::string::npos);
  EXPECT_NE(page->body.find("1 problem(s) of 1 closed incident(s) watched"), std::string::npos);
  auto inc = http.Get(("/incidents/" + rec).c_str());
  ASSERT_TRUE(inc);
  EXPECT_NE(inc->body.find("recurrence of <a href=\"/incidents/" + id + "\">"), std::string::npos) << inc->body;

  // `cair resume` replays through the same decision: the new incident's
  // halt lifts because the gate denies all three as a recurrence.
  const std::string halt = Ok("halt " + rec + " --issuer-cert " + kTrust + "issuer.pem --reason 'ST not validated'"
                              " --now 2019-03-05T19:00:00Z");
  CliRun resume = Cair("resume " + halt + " --ignore-lints " + lint + " --certs " + kTrust + "affected.pem --now 2019-03-06T09:00:00Z" + db_);
  EXPECT_EQ(resume.code, 0) << resume.out << resume.err;
  EXPECT_NE(resume.out.find("3 denied by recurrence of incident " + id + " (3)"), std::string::npos) << resume.out;
}

// One incident, two distinct root causes (placeholder ST at one CA, short
// serials at another): the serials are split out with their certificates,
// revocations and halt.
TEST_F(Lifecycle, SplitMovesAProblemWithItsCertificatesHaltAndRevocations) {
  const std::string id = Ok("incident open --title 'Scenario CAs: Findings of a certificate review' --ca-owner 'Scenario CAs'"
                            " --aware-at 2017-07-18T22:26:00Z --problem-report-at 2017-07-18T22:00:00Z --now 2017-07-19T08:00:00Z");
  const std::string st = Ok("problem add " + id + " --name 'Some-State in ST' --reason 13 --lint e_subject_placeholder_value --certs " +
                            kTrust + "affected.pem --now 2017-07-19T09:00:00Z");
  const std::string serial = Ok("problem add " + id + " --name 'Serial under 64 bits' --reason 12 --lint w_serial_number_low_entropy"
                                " --certs " + kOverheid + "affected.pem --now 2017-07-19T09:00:00Z");
  const std::string halt = Ok("halt " + id + " --issuer-cert " + kOverheid + "issuer.pem --reason 'short serials' --now 2017-07-19T10:00:00Z");
  Ok("halt " + id + " --issuer-cert " + kTrust + "issuer.pem --reason 'ST' --now 2017-07-19T10:00:00Z");
  ASSERT_EQ(Cair("crl import " + id + " " + kOverheid + "revocations.crl.pem --issuer-cert " + kOverheid + "issuer.pem" + db_).code, 0);

  EXPECT_EQ(Cair("incident split " + id + " --problems " + st + "," + serial + db_).code, 3) << "nothing would be left";
  EXPECT_EQ(Cair("incident split " + id + " --problems x" + db_).code, 2);
  EXPECT_EQ(Cair("incident split " + id + " --problems 99" + db_).code, 3);
  CliRun split = Cair("incident split " + id + " --problems " + serial + " --title 'Scenario Overheid: Serial numbers under 64 bits'"
                      " --now 2017-07-20T12:00:00Z" + db_);
  ASSERT_EQ(split.code, 0) << split.err;
  const std::string n = split.out.substr(0, split.out.size() - 1);
  EXPECT_NE(split.err.find("1 problem(s), 12 certificate(s), 1 halt(s) moved to incident " + n), std::string::npos) << split.err;

  auto ex = Json::parse(Ok("incident export " + n));
  EXPECT_EQ(ex["incident"]["title"], "Scenario Overheid: Serial numbers under 64 bits");
  EXPECT_EQ(ex["incident"]["aware_at"], "2017-07-18T22:26:00Z") << "the revocation clock does not restart";
  ASSERT_EQ(ex["problems"].size(), 1u);
  EXPECT_EQ(ex["problems"][0]["name"], "Serial under 64 bits");
  ASSERT_EQ(ex["problems"][0]["certificates"].size(), 12u);
  for (const auto& c : ex["problems"][0]["certificates"]) EXPECT_FALSE(c["revoked_at"].is_null()) << c.dump();
  ASSERT_EQ(ex["halts"].size(), 1u);
  EXPECT_EQ(ex["halts"][0]["reason"], "short serials");
  auto old = Json::parse(Ok("incident export " + id));
  ASSERT_EQ(old["problems"].size(), 1u);
  EXPECT_EQ(old["problems"][0]["name"], "Some-State in ST");
  ASSERT_EQ(old["halts"].size(), 1u);
  EXPECT_EQ(old["halts"][0]["reason"], "ST");
  const std::string show_old = Ok("incident show " + id), show_new = Ok("incident show " + n);
  EXPECT_NE(show_old.find("Split: problem(s) \"Serial under 64 bits\" with 12 certificate(s) and their revocation state, halt(s) " +
                          halt + " moved to incident " + n),
            std::string::npos)
      << show_old;
  EXPECT_NE(show_new.find("Split from incident " + id), std::string::npos) << show_new;
  // The revocation clock of the moved problem now belongs to the new incident.
  CliRun due = Cair("due --json --now 2017-07-20T13:00:00Z" + db_);
  for (const auto& c : Json::parse(due.out))
    if (c["clock"] == "revocation") {
      const bool serials = c["detail"].get<std::string>().find("Serial under 64 bits") != std::string::npos;
      EXPECT_EQ(std::to_string(c["incident"].get<int64_t>()), serials ? n : id) << c.dump();
    }
  CliRun report = Cair("report " + n + " --kind full --now 2017-07-21T00:00:00Z" + db_);
  EXPECT_NE(report.out.find("This incident was split out of that one"), std::string::npos) << report.out;
}

// An audit statement with three findings: three incidents (IRG 4.1: each
// audit finding is the subject of an incident report), all or none.
TEST_F(Lifecycle, AuditStatementWithThreeFindingsOpensThreeIncidents) {
  Write("findings.csv",
        "finding,criterion,auditor,period,statement_date,type\n"
        "\"CRLs for two issuing CAs were not reissued within 7 days\",WebTrust BR 4.9.7,Audit LLP,2025-04-01/2026-03-31,2026-06-20,qualification\n"
        "\"Two OV certificates carried ST=Some-State, an unvalidated value\",\"TLS BR 7.1.4.2, 3.2.2.1\",Audit LLP,2025-04-01/2026-03-31,"
        "2026-06-20,adverse\n"
        "Access reviews of the RA system not performed quarterly,WebTrust SSL 3.1,Audit LLP,2025-04-01/2026-03-31,2026-06-20,other-matter\n");
  CliRun r = Cair("audit import " + Path("findings.csv") + " --ca-owner 'Example CA' --ccadb-id A000123 --now 2026-06-21T09:00:00Z" + db_);
  ASSERT_EQ(r.code, 0) << r.err;
  auto ids = Lines(r.out);
  ASSERT_EQ(ids.size(), 3u);
  for (const auto& id : ids) {
    auto ex = Json::parse(Ok("incident export " + id));
    EXPECT_EQ(ex["incident"]["kind"], "audit-finding");
    EXPECT_EQ(ex["incident"]["source"], "audit");
    EXPECT_EQ(ex["incident"]["reporter"], "Audit LLP");
    EXPECT_EQ(ex["incident"]["aware_at"], "2026-06-20T00:00:00Z");
    EXPECT_EQ(ex["incident"]["title"].get<std::string>().rfind("Example CA: Audit finding (2025-04-01/2026-03-31): ", 0), 0u);
  }
  // Each runs the 72-hour first-disclosure clock from the statement (IRG 4.4).
  CliRun due = Cair("due --json --now 2026-06-21T09:00:00Z" + db_);
  int clocks = 0;
  for (const auto& c : Json::parse(due.out))
    if (c["clock"] == "first_disclosure") {
      ++clocks;
      EXPECT_EQ(c["due_at"], "2026-06-23T00:00:00Z");
    }
  EXPECT_EQ(clocks, 3);
  CliRun full = Cair("report " + ids[1] + " --kind full --now 2026-06-21T09:00:00Z" + db_);
  EXPECT_NE(full.out.find("- **Source of incident disclosure:** Audit"), std::string::npos) << full.out;
  EXPECT_NE(full.out.find("ST=Some-State, an unvalidated value"), std::string::npos);
  EXPECT_NE(full.out.find("TLS BR 7.1.4.2, 3.2.2.1"), std::string::npos);
  EXPECT_NE(full.out.find("Another finding of the same audit statement"), std::string::npos);

  // Again: refused whole, nothing added.
  CliRun again = Cair("audit import " + Path("findings.csv") + db_);
  EXPECT_EQ(again.code, 3);
  EXPECT_NE(again.err.find("already imported as incident " + ids[0]), std::string::npos) << again.err;
  EXPECT_EQ(Cair("incident show " + std::to_string(std::stoll(ids[2]) + 1) + db_).code, 3);
  // JSON, and bad input named by file, row and field.
  Write("more.json", R"({"findings": [{"finding": "OCSP responses unavailable for 3 hours", "criterion": "BR 4.10.2",
    "auditor": "Audit LLP", "period": "2026-04-01/2027-03-31", "statement_date": "2027-06-15"}]})");
  EXPECT_EQ(Lines(Ok("audit import " + Path("more.json"))).size(), 1u);
  Write("bad.csv", "finding,auditor,period\nx,y,z\n");
  CliRun bad = Cair("audit import " + Path("bad.csv") + db_);
  EXPECT_EQ(bad.code, 3);
  EXPECT_NE(bad.err.find("bad.csv:1: the header has no \"statement_date\" column"), std::string::npos) << bad.err;
  Write("bad2.csv", "finding,auditor,period,statement_date\nx,y,z,June\n");
  bad = Cair("audit import " + Path("bad2.csv") + db_);
  EXPECT_NE(bad.err.find("bad2.csv:2: statement_date \"June\""), std::string::npos) << bad.err;
}

// PKIoverheid's short serials (req §6.2), past their deadline: the delay
// incident opens with its obligations, and its report passes `report check`
// until they are taken out.
TEST_F(Lifecycle, DelayedRevocationObligations) {
  const std::string id = Ok("incident open --title 'Scenario Overheid: Serial numbers with less than 64 bits of entropy'"
                            " --source third-party --aware-at 2017-07-18T22:26:00Z --now 2017-07-19T08:00:00Z");
  Ok("problem add " + id + " --name 'Serial under 64 bits' --reason 12 --lint w_serial_number_low_entropy --certs " + kOverheid +
     "affected.pem --now 2017-07-19T09:00:00Z");
  Ok("incident set " + id + " --field root-programs --text 'Microsoft, Apple'");
  CliRun open = Cair("delayed open " + id + " --next-audit-statement 2018-03-31 --now 2017-07-24T09:00:00Z" + db_);
  ASSERT_EQ(open.code, 0) << open.err;
  const std::string delay = open.out.substr(0, open.out.size() - 1);
  EXPECT_NE(open.err.find("4 action item(s) recorded (MRSP 6.1.3)"), std::string::npos) << open.err;
  auto items = Json::parse(Ok("action list " + delay + " --json"));
  ASSERT_EQ(items.size(), 4u) << items.dump(2);
  EXPECT_EQ(items[0]["action"], "Notify the Microsoft root program of the delayed revocation (incident " + delay + ")");
  EXPECT_EQ(items[1]["action"], "Notify the Apple root program of the delayed revocation (incident " + delay + ")");
  EXPECT_EQ(items[2]["kind"], "Detect");
  EXPECT_EQ(items[2]["due"], "2018-03-31T00:00:00Z");
  EXPECT_NE(items[3]["action"].get<std::string>().find("per-subscriber rationale"), std::string::npos);
  // Without configured programs: the other two, and a warning.
  CliRun bare = Cair("incident open --title 'X: Y' --aware-at 2017-07-18T22:26:00Z" + db_);
  const std::string other = bare.out.substr(0, bare.out.size() - 1);
  Ok("problem add " + other + " --name s --reason 12 --lint w_serial_number_low_entropy --certs " + kOverheid + "affected.pem");
  CliRun open2 = Cair("delayed open " + other + " --now 2017-07-24T09:00:00Z" + db_);
  EXPECT_EQ(open2.code, 0) << open2.err;
  EXPECT_NE(open2.err.find("no other root program configured"), std::string::npos) << open2.err;
  EXPECT_EQ(Json::parse(Ok("action list " + open2.out.substr(0, open2.out.size() - 1) + " --json")).size(), 2u);

  // The report carries them; `report check` finds no delay-obligation
  // finding, and one per obligation taken out.
  Ok("incident set " + delay + " --field impact-analysis --text 'The portals serve municipal public services.'");
  const std::string md = Path("delay.md");
  CliRun rep = Cair("report " + delay + " --kind delayed-revocation --out " + md + " --now 2017-07-25T00:00:00Z" + db_);
  ASSERT_EQ(rep.code, 0) << rep.err;
  CliRun check = Cair("report check --now 2017-07-25T00:00:00Z " + md);
  EXPECT_EQ(check.out.find("delay-obligation"), std::string::npos) << check.out;
  std::string text = Slurp(md);
  std::string stripped;
  for (const auto& l : Lines(text))
    if (l.find("root program of the delayed revocation") == std::string::npos && l.find("audit statement") == std::string::npos)
      stripped += l + "\n";
  Write("stripped.md", stripped);
  check = Cair("report check --now 2017-07-25T00:00:00Z " + Path("stripped.md"));
  EXPECT_EQ(check.code, 1);
  int action_line = 0;
  auto lines = Lines(stripped);
  for (size_t i = 0; i < lines.size(); ++i)
    if (lines[i] == "### Action Items") action_line = static_cast<int>(i + 1);
  EXPECT_NE(check.out.find("stripped.md:" + std::to_string(action_line) + ": delay-obligation: no action item notifies the other root programs"),
            std::string::npos)
      << check.out;
  EXPECT_NE(check.out.find("delay-obligation: no action item has the delay listed as a finding in the next audit statement"),
            std::string::npos)
      << check.out;
}

}  // namespace
