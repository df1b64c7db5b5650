// Unit tests of the report generator against a real store: the Appendix
// switches to the crt.sh list at 10,000 rows (req §4.7), the CSV is RFC 4180
// with the 11 IRG columns, counts equal the store's, output is deterministic.
#include "report/report.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <regex>
#include <sstream>

#include "incident/rules.h"
#include "report/check.h"

namespace cair::report {
namespace {

using incident::ParseRfc3339;

std::string Hex64(uint64_t i, char tag) {
  char buf[80];
  std::snprintf(buf, sizeof buf, "%c%063llX", tag, static_cast<unsigned long long>(i));
  return buf;
}

class ReportStore : public testing::Test {
 protected:
  void SetUp() override {
    path_ = std::filesystem::temp_directory_path() / ("cair_report_unit_" + std::to_string(getpid()) + ".db");
    std::filesystem::remove(path_);
    auto s = incident::Store::Open(path_.string());
    ASSERT_TRUE(s.ok()) << s.status().message();
    store_ = std::move(*s);
    incident::Incident in;
    in.title = "Example CA: bulk problem";
    in.aware_at = *ParseRfc3339("2026-01-05T10:00:00Z");
    in.ccadb_id = "A000123";
    auto id = store_->OpenIncident(in, in.aware_at);
    ASSERT_TRUE(id.ok()) << id.status().message();
    id_ = *id;
  }
  void TearDown() override {
    store_.reset();
    for (const char* ext : {"", "-wal", "-shm"}) std::filesystem::remove(path_.string() + ext);
  }
  int64_t AddProblem(const std::string& name, uint64_t n, char tag) {
    incident::Problem p;
    p.incident_id = id_;
    p.name = name;
    p.criterion = "synthetic";
    p.br_reason = 12;
    const int64_t nb = *ParseRfc3339("2026-01-01T00:00:00Z");
    auto r = store_->AddProblemStreaming(
        p,
        [&](const incident::Store::AddFn& add, std::string*) {
          for (uint64_t i = 0; i < n; ++i) {
            incident::AffectedCertificate c;
            c.sha256_hex = Hex64(i, tag);
            c.serial_hex = "0" + std::to_string(1000 + i);
            c.issuer = "C=US, O=Example, CN=Issuing CA \"1\"";
            c.not_before = nb + static_cast<int64_t>(i) * 60;
            c.not_after = nb + 90 * incident::kDay;
            c.tbs_key = i + 1 + (tag == 'B' ? 1000000 : 0);
            if (!add(c)) return false;
          }
          return true;
        },
        nb);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? *r : 0;
  }
  ReportOptions Options(ReportKind k) {
    ReportOptions o;
    o.kind = k;
    o.now = *ParseRfc3339("2026-01-06T09:00:00Z");
    return o;
  }
  std::filesystem::path path_;
  std::unique_ptr<incident::Store> store_;
  int64_t id_ = 0;
};

TEST_F(ReportStore, AppendixSwitchesToCrtShAtTenThousand) {
  AddProblem("bulk", 10001, 'A');
  AddProblem("small", 3, 'B');
  incident::ActionItem a;
  a.incident_id = id_;
  a.action = "Bound the batch size";
  a.kind = "Prevent";
  a.root_cause = "Contributing Factor 1";
  a.criteria = "No batch above 1,000 in CT";
  a.due_at = *ParseRfc3339("2026-02-01T00:00:00Z");
  ASSERT_TRUE(store_->AddActionItem(a, *ParseRfc3339("2026-01-05T12:00:00Z")).ok());
  auto r = GenerateReport(*store_, id_, Options(ReportKind::kFull));
  ASSERT_TRUE(r.ok()) << r.status().message();
  const std::string& t = r->text;
  // 10,004 rows inline would not fit a Bugzilla comment (issue 18): both
  // lists go to files the report names, and the report says why.
  EXPECT_LE(t.size(), kBugzillaCommentLimit);
  const std::string base = "incident-" + std::to_string(id_) + "-appendix";
  size_t p1 = t.find("#### Problem 1: bulk (10001 rows)");
  size_t p2 = t.find("#### Problem 2: small (3 rows)");
  ASSERT_NE(p1, std::string::npos);
  ASSERT_NE(p2, std::string::npos);
  EXPECT_NE(t.find("Not inline: this list would make the report longer than the 65,535 characters Bugzilla accepts in one comment. "
                   "Its file is `" + base + "-1.txt`; attach it to the bug.", p1), std::string::npos) << t;
  EXPECT_NE(t.find("Attached as `" + base + "-2.csv`", p2), std::string::npos) << t;
  ASSERT_EQ(r->appendix_files.size(), 2u);
  EXPECT_EQ(r->appendix_files[0].path, base + "-1.txt");
  EXPECT_EQ(r->appendix_files[1].path, base + "-2.csv");
  // Problem 1: one crt.sh line per certificate, no CSV.
  const std::string& first = r->appendix_files[0].text;
  const std::string& second = r->appendix_files[1].text;
  std::regex line("https://crt\\.sh/\\?sha256=A[0-9A-F]{63}\n");
  EXPECT_EQ(std::distance(std::sregex_iterator(first.begin(), first.end(), line), std::sregex_iterator()), 10001);
  EXPECT_NE(first.find("https://crt.sh/?sha256=" + Hex64(10000, 'A') + "\n"), std::string::npos);
  EXPECT_EQ(first.find("Precertificate SHA-256 hash"), std::string::npos);
  // Problem 2: the CSV (CRLF in a file), with the header row and three rows.
  EXPECT_EQ(second.rfind("Precertificate SHA-256 hash,Certificate SHA-256 hash,Subject,Issuer,Not before,Not after,"
                         "Serial #,dNSNames,Is revoked?,Revocation date,Revocation reason\r\n", 0), 0u) << second;
  EXPECT_NE(second.find("," + Hex64(2, 'B') + ",,\"C=US, O=Example, CN=Issuing CA \"\"1\"\"\",2026-01-01T00:02:00Z,"
                        "2026-04-01T00:00:00Z,01002,,Planned,2026-01-10T10:00:00Z,superseded\r\n"),
            std::string::npos) << second;
  // Counts equal the store's.
  EXPECT_NE(t.find("- **Total number of certificates:** 10004\n"), std::string::npos);
  EXPECT_NE(t.find("Problem 1 \"bulk\" (BR 4.9.1.1 reason #12): 10001 certificates and 0 precertificates; first issued "
                   "2026-01-01 00:00 UTC, last issued 2026-01-07 22:40 UTC (basis: notBefore)"),
            std::string::npos);
  // The generated report passes the checker, and is deterministic.
  auto findings = CheckReport(t, {Options(ReportKind::kFull).now});
  for (const auto& f : findings) ADD_FAILURE() << f.line << ": " << f.rule << ": " << f.message;
  auto again = GenerateReport(*store_, id_, Options(ReportKind::kFull));
  EXPECT_EQ(again->text, t);
}

TEST_F(ReportStore, SmallListsStayInlineAndWriteReportStreamsTheSame) {
  AddProblem("small", 3, 'B');
  auto o = Options(ReportKind::kFull);
  auto r = GenerateReport(*store_, id_, o);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_TRUE(r->appendix_files.empty());
  EXPECT_NE(r->text.find("```csv\nPrecertificate SHA-256 hash,"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Not inline"), std::string::npos);
  std::ostringstream streamed;
  auto files = WriteReport(*store_, id_, o, streamed);
  ASSERT_TRUE(files.ok()) << files.status().message();
  EXPECT_TRUE(files->empty());
  EXPECT_EQ(streamed.str(), r->text);
}

TEST_F(ReportStore, AppendixFilesAndPairing) {
  // A precertificate and its certificate (same TBS key) share one row.
  incident::Problem p;
  p.incident_id = id_;
  p.name = "pair";
  p.lint = "e_subject_placeholder_value";
  p.br_reason = 12;
  incident::AffectedCertificate pre{Hex64(1, 'C'), "0A", "CN=CA", 1767225600, 1775001600, true, 42};
  incident::AffectedCertificate fin{Hex64(2, 'C'), "0A", "CN=CA", 1767225600, 1775001600, false, 42};
  ASSERT_TRUE(store_->AddProblem(p, {pre, fin}, 1767225600).ok());
  auto o = Options(ReportKind::kFull);
  o.appendix_path = "/tmp/appendix.csv";
  auto r = GenerateReport(*store_, id_, o);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->appendix_files.size(), 1u);
  EXPECT_EQ(r->appendix_files[0].path, "/tmp/appendix.csv");
  const std::string& csv = r->appendix_files[0].text;
  EXPECT_NE(csv.find("\r\n" + Hex64(1, 'C') + "," + Hex64(2, 'C') + ",,CN=CA,"), std::string::npos) << csv;
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 2);  // header + one row, CRLF
  EXPECT_NE(r->text.find("Attached as `/tmp/appendix.csv`"), std::string::npos);
  EXPECT_NE(r->text.find("1 (and 1 precertificate, counted separately)"), std::string::npos);
}

TEST_F(ReportStore, TemplatesFromAnotherDirectoryAndErrors) {
  auto dir = std::filesystem::temp_directory_path() / ("cair_tmpl_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  {
    std::FILE* f = std::fopen((dir / "closure.md.mustache").c_str(), "w");
    std::fputs("Closure of {{title}} ({{ccadb_id}})\n{{#actions}}x{{/actions}}{{^actions}}no actions{{/actions}}\n", f);
    std::fclose(f);
    f = std::fopen((dir / "full.md.mustache").c_str(), "w");
    std::fputs("{{#problems}}\n", f);
    std::fclose(f);
  }
  auto o = Options(ReportKind::kClosure);
  o.templates_dir = dir.string();
  auto r = GenerateReport(*store_, id_, o);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->text, "Closure of Example CA: bulk problem (A000123)\nno actions\n");
  o.kind = ReportKind::kFull;
  auto bad = GenerateReport(*store_, id_, o);
  EXPECT_EQ(bad.status().message(), (dir / "full.md.mustache").string() + ": line 1: section \"problems\" is never closed");
  o.kind = ReportKind::kMozilla7;
  EXPECT_NE(GenerateReport(*store_, id_, o).status().message().find("mozilla7.md.mustache: cannot read the template"), std::string::npos);
  std::filesystem::remove_all(dir);
  auto none = GenerateReport(*store_, 999, Options(ReportKind::kFull));
  EXPECT_EQ(none.status().message(), "no incident 999");
  auto no_delay = GenerateReport(*store_, id_, Options(ReportKind::kDelayedRevocation));
  EXPECT_NE(no_delay.status().message().find("has no delayed-revocation incident"), std::string::npos);
}

TEST(ReportCsv, Rfc4180Quoting) {
  AppendixRow r;
  r.cert_sha256 = "AB";
  r.subject = "CN=a, O=\"q\"";
  r.issuer = "CN=multi\nline";
  r.is_revoked = "Yes";
  std::string csv = AppendixCsv({r});
  EXPECT_NE(csv.find("\r\n,AB,\"CN=a, O=\"\"q\"\"\",\"CN=multi\nline\",1970-01-01T00:00:00Z,"), std::string::npos) << csv;
  EXPECT_EQ(AppendixColumns().size(), 11u);
  EXPECT_EQ(CrtShList({r}), "https://crt.sh/?sha256=AB\n");
  EXPECT_EQ(BugzillaCommentJson("# T\n\"x\""), "{\"comment\":\"# T\\n\\\"x\\\"\",\"is_markdown\":true}");
}

}  // namespace
}  // namespace cair::report
