// End-to-end tests of `cair report`, `cair report check` and `cair bugzilla`:
// an incident built through the CLI, every report kind generated and checked,
// each defect class flagged on a report crafted from a generated one, the
// report's counts and fingerprints equal to the store's, and post / pull
// against a local stand-in that speaks Bugzilla's REST shapes.
#include <gtest/gtest.h>
#include <httplib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <regex>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "cli_util.h"

namespace {

using namespace cair::clitest;

void Write(const std::filesystem::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  size_t p = s.find(from);
  EXPECT_NE(p, std::string::npos) << "\"" << from << "\" not in the report";
  if (p != std::string::npos) s.replace(p, from.size(), to);
  return s;
}

constexpr const char* kNow = "2026-03-03T12:00:00Z";

// The "Some-State" incident of req §6.3 replayed on the samples: the four
// sample subscriber certificates as one problem.
class CliReport : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("cair_report_cli_" + std::to_string(getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_ = "--db " + (dir_ / "cair.db").string();
    CliRun open = Cair("incident open " + db_ + " --title 'Example CA: Some-State in stateOrProvinceName' --ca-owner 'Example CA'"
                       " --aware-at 2026-03-02T10:05:00Z --problem-report-at 2026-03-02T09:30:00Z --source third-party"
                       " --ccadb-id A000123 --now 2026-03-02T10:05:00Z");
    ASSERT_EQ(open.code, 0) << open.err;
    id_ = open.out.substr(0, open.out.size() - 1);
    Run("problem add " + id_ + " --name 'OpenSSL default ST' --reason 12 --lint e_subject_placeholder_value"
        " --certs samples/subscribers.pem --now 2026-03-02T11:00:00Z");
    Run("halt " + id_ + " --issuer-subject 'C=US, O=Example Trust Services, CN=Example TLS Issuing CA 1' --profile ov-tls"
        " --reason 'ST placeholder values' --at 2026-03-02T10:40:00Z --now 2026-03-02T10:40:00Z");
    Run("incident set " + id_ + " --field description --text 'Four OV certificates carried the OpenSSL default ST=Some-State.'");
    Run("incident set " + id_ + " --field policies --text 'TLS BR v2.2.6 §7.1.2.7.4'");
    Write(dir_ / "rca.txt",
          "Factor: No allow-list for stateOrProvinceName\n"
          "Description: The RA accepted the CSR value for ST without comparing it to the validated organisation record.\n"
          "Timeline: Introduced with the 2024 RA release.\nDetection: A third-party CT search; our linter had no placeholder check.\n"
          "Interaction: N/A\nMethodology: 5 Whys\n");
    Run("incident set " + id_ + " --field root-cause-analysis --file " + (dir_ / "rca.txt").string());
    Run("incident set " + id_ + " --field related-incidents --text '1551374 | 2019-05-11 | The same OpenSSL default at SecureTrust'");
    Run("incident set " + id_ + " --field commitments --text 'Quarterly placeholder scans of our CT corpus.'");
    Run("incident set " + id_ + " --field lessons-went-well --text 'Issuance stopped within an hour.'");
    Run("incident set " + id_ + " --field lessons-went-wrong --text 'Post-issuance linting missed placeholder values.'");
    Run("action add " + id_ + " --action 'Reject ST values not in ISO 3166-2 before issuance' --kind Prevent"
        " --root-cause 'Contributing Factor 1' --criteria 'No placeholder ST in CT for 12 months' --due 2026-04-01 --now 2026-03-02T12:00:00Z");
    Run("incident note " + id_ + " --at 2026-03-02T10:30:00Z --text 'Scope confirmed: 4 certificates'");
    Run("update post " + id_ + " --kind preliminary --at 2026-03-02T13:00:00Z");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Run(const std::string& args) {
    CliRun r = Cair(args + " " + db_);
    ASSERT_EQ(r.code, 0) << args << "\n" << r.err;
  }
  std::string Report(const std::string& kind, const std::string& extra = "") {
    CliRun r = Cair("report " + id_ + " --kind " + kind + " " + db_ + " --now " + kNow + " " + extra);
    EXPECT_EQ(r.code, 0) << r.err;
    return r.out;
  }
  // Findings of `cair report check` on `text`, one "line: rule" per finding.
  std::vector<std::string> Check(const std::string& text, int* code = nullptr) {
    auto f = dir_ / "check.md";
    Write(f, text);
    CliRun r = Cair("report check --json --now " + std::string(kNow) + " " + f.string());
    if (code) *code = r.code;
    std::vector<std::string> out;
    std::stringstream ss(r.out);
    std::string line;
    while (std::getline(ss, line)) {
      auto j = nlohmann::json::parse(line);
      out.push_back(std::to_string(j["line"].get<int>()) + ": " + j["rule"].get<std::string>());
    }
    return out;
  }
  std::filesystem::path dir_;
  std::string db_, id_;
};

TEST_F(CliReport, EveryGeneratedKindPassesTheChecker) {
  for (const char* kind : {"preliminary", "full", "closure", "mozilla7"}) {
    std::string md = Report(kind);
    ASSERT_FALSE(md.empty()) << kind;
    int code = -1;
    auto findings = Check(md, &code);
    EXPECT_EQ(code, 0) << kind;
    for (const auto& f : findings) ADD_FAILURE() << kind << " report: " << f << "\n" << md;
  }
  // Headings and labels exactly as IRG v3.2 spells them (req §4.6).
  std::string full = Report("full");
  for (const char* s : {"## Full Incident Report\n", "### Summary\n", "### Impact\n", "### Timeline\n", "### Related Incidents\n",
                        "### Root Cause Analysis\n", "### Lessons Learned\n", "### Action Items\n", "### Appendix\n",
                        "- **What didn’t go well:** Post-issuance linting missed placeholder values.\n",
                        "- **Source of incident disclosure:** Third Party Reported\n",
                        "- **CA Owner CCADB unique ID:** A000123\n",
                        "| Action Item | Kind | Corresponding Root Cause(s) | Evaluation Criteria | Due Date | Status |\n",
                        "| Reject ST values not in ISO 3166-2 before issuance | Prevent | Contributing Factor 1 | No placeholder ST in CT for 12 months | 2026-04-01 | Ongoing |\n",
                        "**Contributing Factor 1: No allow-list for stateOrProvinceName**\n",
                        "- 2026-03-02 09:30 UTC: Certificate Problem Report received\n",
                        "- **Was issuance stopped in response to this incident, and why or why not?:** Yes. Issuance was halted at 2026-03-02 10:40 UTC",
                        "- **Where we got lucky:** N/A\n",
                        "| [1551374](https://bugzilla.mozilla.org/show_bug.cgi?id=1551374) | 2019-05-11 | The same OpenSSL default at SecureTrust |\n"})
    EXPECT_NE(full.find(s), std::string::npos) << s << "\n" << full;
  std::string closure = Report("closure");
  EXPECT_NE(closure.find("All Action Items disclosed in this report have been completed as described, and we request its closure.\n"),
            std::string::npos);
  EXPECT_NE(closure.find("- **Commitment summary:** Quarterly placeholder scans of our CT corpus.\n"), std::string::npos) << closure;
  // Mozilla's seven topics in order (req §4.10).
  std::string m7 = Report("mozilla7");
  size_t last = 0;
  for (int i = 1; i <= 7; ++i) {
    size_t at = m7.find("### " + std::to_string(i) + ". ");
    ASSERT_NE(at, std::string::npos) << i;
    EXPECT_GT(at, last);
    last = at;
  }
  // Deterministic given --now.
  EXPECT_EQ(Report("full"), full);
}

TEST_F(CliReport, CountsAndFingerprintsEqualTheStore) {
  std::string full = Report("full");
  CliRun ex = Cair("incident export " + id_ + " " + db_);
  ASSERT_EQ(ex.code, 0) << ex.err;
  auto j = nlohmann::json::parse(ex.out);
  const auto& certs = j["problems"][0]["certificates"];
  ASSERT_EQ(certs.size(), 4u);
  for (const auto& c : certs) {
    std::string sha = c["sha256"];
    EXPECT_TRUE(std::regex_match(sha, std::regex("[0-9A-F]{64}")));
    EXPECT_NE(full.find("," + sha + ","), std::string::npos) << sha;  // column 2 of the CSV
    EXPECT_NE(full.find("," + std::string(c["serial"]) + ","), std::string::npos);
  }
  EXPECT_NE(full.find("- **Total number of certificates:** 4\n"), std::string::npos);
  EXPECT_NE(full.find("- **Total number of \"remaining valid\" certificates:** 4 at 2026-03-03 12:00 UTC\n"), std::string::npos);
  EXPECT_NE(full.find("4 certificates and 0 precertificates; first issued 2026-03-01 00:00 UTC, last issued 2026-03-01 00:00 UTC"
                      " (basis: notBefore)"), std::string::npos);
  // The CSV rows: 11 columns, ISO-8601 UTC, the revocation deadline as the plan.
  EXPECT_NE(full.find(",2026-03-01T00:00:00Z,2026-05-30T00:00:00Z,"), std::string::npos);
  EXPECT_NE(full.find(",Planned,2026-03-07T09:30:00Z,superseded\n"), std::string::npos) << full;

  // --certs fills Subject and dNSNames; --appendix writes the CSV apart.
  auto csv = dir_ / "appendix.csv";
  std::string with = Report("full", "--certs samples/subscribers.pem --appendix " + csv.string());
  EXPECT_NE(with.find("Attached as `" + csv.string() + "`"), std::string::npos);
  std::string data = Slurp(csv);
  EXPECT_EQ(data.rfind("Precertificate SHA-256 hash,Certificate SHA-256 hash,Subject,Issuer,Not before,Not after,Serial #,dNSNames,"
                       "Is revoked?,Revocation date,Revocation reason\r\n", 0), 0u);
  EXPECT_NE(data.find("\"C=AU, ST=Some-State, O=Internet Widgits Pty Ltd, CN=shop.example.net\""), std::string::npos) << data;
  EXPECT_EQ(std::count(data.begin(), data.end(), '\n'), 5);
}

TEST_F(CliReport, EachDefectClassIsFlagged) {
  const std::string full = Report("full");
  auto has = [&](const std::string& text, const std::string& rule) {
    int code = -1;
    auto f = Check(text, &code);
    EXPECT_EQ(code, 1) << rule;
    for (const auto& x : f)
      if (x.find(": " + rule) != std::string::npos) return true;
    ADD_FAILURE() << "no " << rule << " finding; got " << f.size() << " finding(s)";
    return false;
  };
  EXPECT_TRUE(has(Replace(full, "### Root Cause Analysis", "### Root Cause Analisys"), "misspelled-heading"));
  EXPECT_TRUE(has(Replace(full, "### Lessons Learned\n", ""), "missing-heading"));
  EXPECT_TRUE(has(Replace(full, "**What didn’t go well:**", "**What didn't go well:**"), "misspelled-label"));
  EXPECT_TRUE(has(Replace(full, "- **Incident heuristic:**", "- **Heuristic used:**"), "missing-label"));
  EXPECT_TRUE(has(Replace(full, "- **Where we got lucky:** N/A", "- **Where we got lucky:**"), "empty-field"));
  EXPECT_TRUE(has(Replace(full, "- 2026-03-02 09:30 UTC: Certificate", "- Monday morning: Certificate"), "timeline-time"));
  EXPECT_TRUE(has(Replace(full, "The RA accepted the CSR value for ST without comparing it to the validated organisation record.",
                          "Human error."), "root-cause-blame"));
  EXPECT_TRUE(has(Replace(full, "| 2026-04-01 | Ongoing |", "| 2026-04-01 | Done |"), "action-item"));
  EXPECT_TRUE(has(Replace(full, "| Prevent | Contributing", "|  | Contributing"), "action-item"));
  EXPECT_TRUE(has(Replace(full, "| No placeholder ST in CT for 12 months | 2026-04-01 |", "| No placeholder ST in CT for 12 months | soon |"),
                  "action-item"));
  EXPECT_TRUE(has(Replace(full, "Guidelines v3.2", "Guidelines v2.0"), "template-version"));
  EXPECT_TRUE(has(Replace(full, "- **Analysis:** N/A", "- **Analysis:** Revocation can wait: this is not a security risk."),
                  "delay-rationale"));
  // A file that cannot be read.
  EXPECT_EQ(Cair("report check " + (dir_ / "nope.md").string()).code, 3);
}

TEST_F(CliReport, DelayedRevocationReport) {
  // Req §1.3: reason #12, 120 h from the report (2026-03-02T09:30Z).
  CliRun open = Cair("delayed open " + id_ + " " + db_ + " --root-programs Chrome,Apple --now 2026-03-08T00:00:00Z");
  ASSERT_EQ(open.code, 0) << open.err;
  std::string child = open.out.substr(0, open.out.size() - 1);
  CliRun ex = Cair("incident export " + id_ + " " + db_);
  auto j = nlohmann::json::parse(ex.out);
  std::string sha = j["problems"][0]["certificates"][0]["sha256"];
  Run("delayed plan " + child + " --sha256 " + sha + " --subscriber 'Example Hospital' --rationale 'Certificate pinned in infusion pumps;"
      " replacement needs a vendor visit' --planned-at 2026-03-20");
  Run("action add " + child + " --action 'Contract clause: replace pinned certificates within 5 days' --kind Prevent"
      " --root-cause 'Pinned certificates' --criteria 'No delay in the next mass revocation exercise' --due 2026-06-01"
      " --now 2026-03-08T00:00:00Z");
  Run("incident set " + child + " --field impact-analysis --text 'Revoking now would stop infusion pumps in 12 hospitals.'");
  CliRun r = Cair("report " + child + " --kind delayed-revocation " + db_ + " --now 2026-03-08T00:00:00Z");
  ASSERT_EQ(r.code, 0) << r.err;
  for (const char* s : {"   - **Revoked:** 0\n", "   - **Not yet revoked:** 4\n", "   - **Planned for revocation and expired:** 0\n",
                        "#### Per-subscriber rationale\n", "Example Hospital"})
    EXPECT_NE(r.out.find(s), std::string::npos) << s << "\n" << r.out;
  EXPECT_NE(r.out.find(",Delayed,2026-03-20T00:00:00Z,"), std::string::npos);
  auto f = Check(r.out);
  for (const auto& x : f) ADD_FAILURE() << x << "\n" << r.out;
  // The parent's id finds the delayed-revocation incident too.
  EXPECT_EQ(Cair("report " + id_ + " --kind delayed-revocation " + db_ + " --now 2026-03-08T00:00:00Z").out, r.out);
  EXPECT_FALSE(Check(Replace(r.out, "Certificate pinned in infusion pumps", "Not a security risk; pinned")).empty());
}

TEST_F(CliReport, HtmlJsonAndErrors) {
  std::string html = Report("full", "--format html");
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<svg xmlns=\"http://www.w3.org/2000/svg\""), std::string::npos);
  EXPECT_NE(html.find("<path fill=\"none\""), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_NE(html.find("<dt>What didn’t go well:</dt>"), std::string::npos);
  std::string md = Report("full");
  auto body = nlohmann::json::parse(Report("full", "--bugzilla-json"));
  EXPECT_EQ(body["comment"], md);
  EXPECT_EQ(body["is_markdown"], true);
  EXPECT_EQ(Cair("report 999 --kind full " + db_).code, 3);
  EXPECT_EQ(Cair("report " + id_ + " --kind final " + db_).code, 2);
  EXPECT_EQ(Cair("report " + id_ + " " + db_).code, 2);
  CliRun bad_tmpl = Cair("report " + id_ + " --kind full --templates /nonexistent " + db_);
  EXPECT_EQ(bad_tmpl.code, 3);
  EXPECT_NE(bad_tmpl.err.find("/nonexistent/full.md.mustache: cannot read the template"), std::string::npos) << bad_tmpl.err;
}

// A stand-in for Bugzilla's REST API: GET/POST /rest/bug/N/comment, GET /rest/bug/N.
class FakeBugzilla {
 public:
  FakeBugzilla() {
    srv_.Post(R"(/rest/bug/(\d+)/comment)", [this](const httplib::Request& req, httplib::Response& res) {
      std::lock_guard<std::mutex> l(mu_);
      if (req.get_header_value("X-BUGZILLA-API-KEY") != "test-key") {
        res.status = 401;
        res.set_content(R"({"error":true,"code":410,"message":"You must log in before using this part of Bugzilla."})", "application/json");
        return;
      }
      posted.push_back(nlohmann::json::parse(req.body));
      res.set_content(R"({"id": 9001})", "application/json");
    });
    srv_.Post(R"(/rest/bug/(\d+)/attachment)", [this](const httplib::Request& req, httplib::Response& res) {
      std::lock_guard<std::mutex> l(mu_);
      attached.push_back(nlohmann::json::parse(req.body));
      res.set_content(R"({"ids": [77]})", "application/json");
    });
    srv_.Get(R"(/rest/bug/(\d+)/comment)", [this](const httplib::Request& req, httplib::Response& res) {
      std::lock_guard<std::mutex> l(mu_);
      std::string bug = req.matches[1];
      nlohmann::json j;
      j["bugs"][bug]["comments"] = comments;
      j["comments"] = nlohmann::json::object();
      res.set_content(j.dump(), "application/json");
    });
    srv_.Get(R"(/rest/bug/(\d+))", [this](const httplib::Request& req, httplib::Response& res) {
      std::lock_guard<std::mutex> l(mu_);
      nlohmann::json j;
      j["bugs"] = {{{"id", std::stoi(req.matches[1])}, {"whiteboard", whiteboard}}};
      j["faults"] = nlohmann::json::array();
      res.set_content(j.dump(), "application/json");
    });
    port = srv_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { srv_.listen_after_bind(); });
    while (!srv_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~FakeBugzilla() {
    srv_.stop();
    thread_.join();
  }
  void AddComment(int count, const std::string& creator, const std::string& text, const std::string& at) {
    std::lock_guard<std::mutex> l(mu_);
    comments.push_back({{"id", 100 + count}, {"count", count}, {"creator", creator}, {"text", text}, {"creation_time", at},
                        {"is_private", false}});
  }
  std::string Url() const { return "http://127.0.0.1:" + std::to_string(port); }
  int port = 0;
  std::vector<nlohmann::json> posted, attached;
  nlohmann::json comments = nlohmann::json::array();
  std::string whiteboard = "[ca-compliance] [ov-misissuance] Next update 2026-03-20";

 private:
  httplib::Server srv_;
  std::thread thread_;
  std::mutex mu_;
};

TEST_F(CliReport, BugzillaPostAndPull) {
  FakeBugzilla bz;
  auto md = dir_ / "full.md";
  Write(md, Report("full"));
  CliRun post = Cair("bugzilla post 1900001 --base-url " + bz.Url() + " --file " + md.string() + " --incident " + id_ +
                         " --kind full " + db_ + " --now 2026-03-03T12:30:00Z",
                     "", "BUGZILLA_API_KEY=test-key");
  ASSERT_EQ(post.code, 0) << post.err;
  EXPECT_EQ(post.out, "9001\n");
  ASSERT_EQ(bz.posted.size(), 1u);
  EXPECT_EQ(bz.posted[0]["comment"], Slurp(md));
  EXPECT_EQ(bz.posted[0]["is_markdown"], true);
  CliRun show = Cair("incident show " + id_ + " " + db_);
  EXPECT_NE(show.out.find("2026-03-03T12:30Z  Posted: full report"), std::string::npos) << show.out;
  // A wrong key: the HTTP status and Bugzilla's message, exit 3.
  CliRun denied = Cair("bugzilla post 1900001 --base-url " + bz.Url() + " --file " + md.string(), "", "BUGZILLA_API_KEY=wrong");
  EXPECT_EQ(denied.code, 3);
  EXPECT_NE(denied.err.find("HTTP 401: You must log in"), std::string::npos) << denied.err;
  EXPECT_EQ(Cair("bugzilla post 1 --base-url " + bz.Url() + " --file " + md.string(), "", "BUGZILLA_API_KEY=").code, 2);
  // An Appendix file goes as an attachment, base64 in the JSON body, before the comment.
  std::string list;
  for (int i = 0; i < 70000; ++i) list += "https://crt.sh/?sha256=" + std::string(63, 'A') + std::to_string(i % 10) + "\n";
  Write(dir_ / "full-appendix.txt", list);
  CliRun att = Cair("bugzilla post 1900001 --base-url " + bz.Url() + " --file " + md.string() + " --attach " +
                        (dir_ / "full-appendix.txt").string(), "", "BUGZILLA_API_KEY=test-key");
  ASSERT_EQ(att.code, 0) << att.err;
  EXPECT_EQ(att.out, "attachment 77 " + (dir_ / "full-appendix.txt").string() + "\n9001\n");
  ASSERT_EQ(bz.attached.size(), 1u);
  EXPECT_EQ(bz.attached[0]["ids"], nlohmann::json::array({1900001}));
  EXPECT_EQ(bz.attached[0]["file_name"], "full-appendix.txt");
  EXPECT_EQ(bz.attached[0]["content_type"], "text/plain");
  std::string data = bz.attached[0]["data"];
  ASSERT_EQ(data.size(), (list.size() + 2) / 3 * 4);
  EXPECT_EQ(data.substr(0, 8), "aHR0cHM6");  // base64 of "https:"
  bz.posted.pop_back();

  bz.AddComment(0, "reporter@example.org", "Description of the bug?", "2026-03-02T09:00:00Z");
  bz.AddComment(1, "ca@example.com", "Preliminary report.", "2026-03-02T13:00:00Z");
  bz.AddComment(2, "rootstore@example.org", "Why did the linter miss this? Please add it to the RCA.", "2026-03-04T08:00:00Z");
  bz.AddComment(3, "community@example.org", "Thanks for the quick revocation.", "2026-03-04T09:00:00Z");
  std::string pull = "bugzilla pull 1900001 --incident " + id_ + " --base-url " + bz.Url() + " --ca-account ca@example.com " + db_ +
                     " --now 2026-03-05T00:00:00Z";
  CliRun p1 = Cair(pull);
  ASSERT_EQ(p1.code, 0) << p1.err;
  EXPECT_EQ(p1.out, "1 new question(s), 0 answered; Whiteboard next update: 2026-03-20\n");
  CliRun due = Cair("due --json " + db_ + " --now 2026-03-05T00:00:00Z");
  auto clocks = nlohmann::json::parse(due.out);
  bool question = false;
  for (const auto& c : clocks) question |= c["clock"] == "question_response" && c["due_at"] == "2026-03-11T08:00:00Z";
  EXPECT_TRUE(question) << due.out;
  CliRun p2 = Cair(pull);  // known comments are skipped
  EXPECT_EQ(p2.out, "0 new question(s), 0 answered; Whiteboard next update: 2026-03-20\n");
  bz.AddComment(4, "ca@example.com", "The linter lacked a placeholder check; see the updated RCA.", "2026-03-05T10:00:00Z");
  bz.whiteboard = "[ca-compliance] [ov-misissuance] next update: 2026-03-27";
  CliRun p3 = Cair(pull);
  EXPECT_EQ(p3.out, "0 new question(s), 1 answered; Whiteboard next update: 2026-03-27\n") << p3.err;
  CliRun bad = Cair("bugzilla pull 1900001 --incident " + id_ + " --base-url http://127.0.0.1:1 " + db_);
  EXPECT_EQ(bad.code, 3);
  EXPECT_NE(bad.err.find("GET http://127.0.0.1:1/rest/bug/1900001"), std::string::npos) << bad.err;
}

}  // namespace
