// End-to-end tests of the `cair` binary: output shape, flags, exit codes and
// error messages for bad input.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli_util.h"

namespace {

using namespace cair::clitest;

TEST(CliLint, OneSortedJsonObjectPerInputObject) {
  CliRun r = Cair("lint samples/subscribers.pem samples/root-ca.pem");
  ASSERT_EQ(r.code, 0) << r.err;
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 5u);
  for (const auto& l : lines) {
    auto j = nlohmann::ordered_json::parse(l);
    ASSERT_TRUE(j.is_object());
    ASSERT_FALSE(j.empty());
    std::string prev;
    for (auto it = j.begin(); it != j.end(); ++it) {
      EXPECT_LT(prev, it.key());
      prev = it.key();
      ASSERT_TRUE(it.value().contains("result"));
      std::string res = it.value()["result"];
      EXPECT_TRUE(std::regex_match(res, std::regex("pass|NA|NE|info|warn|error|fatal"))) << res;
      if (it.value().contains("details")) EXPECT_FALSE(it.value()["details"].template get<std::string>().empty());
    }
  }
}

TEST(CliLint, ZlintFlagSpellingsAndFilters) {
  CliRun r = Cair("lint -includeNames e_basic_constraints_not_critical -pretty samples/root-ca.pem");
  ASSERT_EQ(r.code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j["e_basic_constraints_not_critical"]["result"], "pass");
  EXPECT_NE(r.out.find("\n  "), std::string::npos);  // pretty

  CliRun s = Cair("lint --include-sources RFC5280 --exclude-names e_basic_constraints_not_critical samples/root-ca.pem");
  ASSERT_EQ(s.code, 0) << s.err;
  auto k = nlohmann::json::parse(s.out);
  EXPECT_FALSE(k.contains("e_basic_constraints_not_critical"));
}

TEST(CliLint, StdinAndFormats) {
  CliRun pem = Cair("lint -", "samples/root-ca.pem");
  ASSERT_EQ(pem.code, 0) << pem.err;
  EXPECT_EQ(Lines(pem.out).size(), 1u);
  CliRun der = Cair("lint --format der samples/good.tbs.der");
  ASSERT_EQ(der.code, 0) << der.err;
  EXPECT_EQ(Lines(der.out).size(), 1u);
  CliRun bad = Cair("lint --format xml samples/root-ca.pem");
  EXPECT_EQ(bad.code, 2);
  EXPECT_NE(bad.err.find("--format"), std::string::npos);
}

TEST(CliLint, BadInputIsNamedAndOthersStillLinted) {
  std::string junk = std::filesystem::temp_directory_path() / "cair_cli_junk.pem";
  {
    std::ofstream f(junk);
    f << "-----BEGIN CERTIFICATE-----\nMAMCAQE=\n-----END CERTIFICATE-----\n";
  }
  CliRun r = Cair("lint samples/does-not-exist.pem " + junk + " samples/root-ca.pem");
  EXPECT_EQ(r.code, 3);
  EXPECT_NE(r.err.find("samples/does-not-exist.pem: cannot open"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(junk), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("cannot parse"), std::string::npos) << r.err;
  EXPECT_EQ(Lines(r.out).size(), 1u);  // root-ca.pem still linted
  std::filesystem::remove(junk);
}

TEST(CliLint, UnknownLintNameIsAUsageError) {
  CliRun r = Cair("lint --include-names e_no_such_lint samples/root-ca.pem");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("e_no_such_lint"), std::string::npos);
}

TEST(CliLint, ListLintsJson) {
  CliRun r = Cair("lint --list-lints-json");
  ASSERT_EQ(r.code, 0);
  auto lines = Lines(r.out);
  ASSERT_FALSE(lines.empty());
  for (const auto& l : lines) {
    auto j = nlohmann::json::parse(l);
    for (const char* k : {"name", "description", "citation", "source", "effective_date", "object_type"})
      EXPECT_TRUE(j.contains(k)) << k << " missing in " << l;
  }
}

TEST(CliLint, SummaryAndFailOn) {
  CliRun r = Cair("lint --summary samples/subscribers.pem");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("sha256 "), std::string::npos);
  EXPECT_NE(r.out.find("total: 4 objects"), std::string::npos);
  CliRun bad_level = Cair("lint --fail-on pass samples/root-ca.pem");
  EXPECT_EQ(bad_level.code, 2);
}

TEST(CliLint, ConfigErrorsAreClear) {
  std::string cfg = std::filesystem::temp_directory_path() / "cair_cli_bad.toml";
  {
    std::ofstream f(cfg);
    f << "[e_crl_next_update_invalid]\nSubscriberCRL = \n";
  }
  CliRun r = Cair("lint --config " + cfg + " samples/root-ca.pem");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("line 2"), std::string::npos) << r.err;
  std::filesystem::remove(cfg);
}

TEST(CliConformance, ZlintSuiteLastLineFormat) {
  std::string dir = std::string(CAIR_SHARED_DIR) + "/conformance/zlint";
  if (!std::filesystem::exists(dir + "/expectations.tsv")) GTEST_SKIP() << "no zlint suite at " << dir;
  CliRun r = Cair("conformance zlint " + dir);
  ASSERT_EQ(r.code, 0) << r.err;
  auto lines = Lines(r.out);
  ASSERT_GE(lines.size(), 2u);
  EXPECT_TRUE(std::regex_match(lines.back(), std::regex("[0-9]+ passed, [0-9]+ failed"))) << lines.back();
  EXPECT_NE(lines[lines.size() - 2].find("not yet implemented"), std::string::npos);
}

}  // namespace

namespace {

// docs/lints/ is generated; it must match what `cair docs` writes now.
TEST(CliDocs, GeneratedLintDocsAreUpToDate) {
  std::string suite = std::string(CAIR_SHARED_DIR) + "/conformance/zlint";
  if (!std::filesystem::exists(suite + "/expectations.tsv"))
    GTEST_SKIP() << "pages list zlint suite rows; no suite at " << suite;
  auto tmp = std::filesystem::temp_directory_path() / ("cair_docs_" + std::to_string(getpid()));
  CliRun r = Cair("docs --out " + tmp.string() + " --suite " + suite);
  ASSERT_EQ(r.code, 0) << r.err;
  auto committed = std::filesystem::path(CAIR_SOURCE_DIR) / "docs/lints";
  size_t pages = 0;
  for (const auto& e : std::filesystem::directory_iterator(tmp)) {
    ++pages;
    auto mine = committed / e.path().filename();
    EXPECT_TRUE(std::filesystem::exists(mine)) << mine << " missing: run `cair docs --suite " << suite << "`";
    if (std::filesystem::exists(mine))
      EXPECT_EQ(Slurp(mine), Slurp(e.path())) << mine << " is stale: run `cair docs --suite " << suite << "`";
  }
  size_t committed_pages = 0;
  for (const auto& e : std::filesystem::directory_iterator(committed)) committed_pages += e.path().extension() == ".md";
  EXPECT_EQ(committed_pages, pages) << "docs/lints has pages of lints that no longer exist";
  std::filesystem::remove_all(tmp);
}

}  // namespace

namespace {

// Ctrl-C during a scan prints the partial result and exits 4.
TEST(CliScan, InterruptPrintsPartialResults) {
  auto dir = std::filesystem::temp_directory_path() / ("cair_scan_int_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::string fifo = (dir / "feed.pem").string();
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  std::string out = (dir / "out.txt").string();
  // A writer that sends four certificates and then keeps the pipe open.
  std::string cmd = std::string("cd ") + CAIR_SOURCE_DIR + " && (cat samples/subscribers.pem; exec sleep 4) > " + fifo + " 2>/dev/null </dev/null" +
                    " & writer=$!; " + CAIR_BINARY + " scan -q " + fifo + " > " + out +
                    " 2>&1 & pid=$!; sleep 1.5; kill -INT $pid; wait $pid; rc=$?; kill $writer 2>/dev/null; exit $rc";
  auto t0 = std::chrono::steady_clock::now();
  int status = std::system(("bash -c '" + cmd + "'").c_str());
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(10)) << "the scan did not stop promptly";
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 4);
  std::string text = Slurp(out);
  EXPECT_NE(text.find("INTERRUPTED - partial results: 4 objects"), std::string::npos) << text;
  std::filesystem::remove_all(dir);
}

TEST(CliScan, JsonFingerprintsAndCsv) {
  auto dir = std::filesystem::temp_directory_path() / ("cair_scan_out_" + std::to_string(getpid()));
  CliRun r = Cair("scan -q --json " + (dir / "s.json").string() + " --fingerprints " + (dir / "fp").string() +
                  " --csv " + (dir / "s.csv").string() + " samples/subscribers.pem");
  ASSERT_EQ(r.code, 0) << r.err;
  auto j = nlohmann::json::parse(Slurp(dir / "s.json"));
  EXPECT_EQ(j["objects"], 4);
  EXPECT_EQ(j["certificates"], 4);
  ASSERT_TRUE(j["findings"].contains("e_subject_placeholder_value"));
  auto f = j["findings"]["e_subject_placeholder_value"];
  EXPECT_EQ(f["count"], 1);
  EXPECT_EQ(f["result"], "error");
  EXPECT_EQ(f["first_not_before"], "2026-03-01T00:00:00Z");
  auto fp = Slurp(dir / "fp" / "e_subject_placeholder_value.txt");
  EXPECT_TRUE(std::regex_match(fp, std::regex("[0-9A-F]{64}\n"))) << fp;
  auto csv = Slurp(dir / "s.csv");
  EXPECT_EQ(csv.rfind("sha256,serial,issuer,not_before,not_after,subject_cn,sans,lint,result\n", 0), 0u);
  EXPECT_NE(csv.find(fp.substr(0, 64) + ",5D0C8E3B9F2A71C4E68B0D15,\"C=US, O=Example Trust Services"), std::string::npos) << csv;
  std::filesystem::remove_all(dir);
}

TEST(CliScan, BadArgumentsAreUsageErrors) {
  EXPECT_EQ(Cair("scan --unexpired-at yesterday samples/").code, 2);
  EXPECT_EQ(Cair("scan --only e_nope samples/").code, 2);
  EXPECT_EQ(Cair("scan --kind xml samples/").code, 2);
}

}  // namespace

namespace {

// The SecureTrust "Some-State" incident (requirements §6.3) through the CLI:
// problem report 2019-05-11 12:37 CDT = 17:37 UTC; reason #12 (misissued),
// so revocation is due within 120 h of the report (req §1.3, §1.4).
class CliIncident : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("cair_incident_" + std::to_string(getpid()));
    std::filesystem::create_directories(dir_);
    db_ = "--db " + (dir_ / "cair.db").string();
    // The one placeholder certificate of the samples (the 2nd block).
    std::string pem = Slurp(std::filesystem::path(CAIR_SOURCE_DIR) / "samples/subscribers.pem");
    size_t first = pem.find("-----END CERTIFICATE-----\n") + 26;
    size_t second = pem.find("-----END CERTIFICATE-----\n", first) + 26;
    std::ofstream(dir_ / "some-state.pem") << pem.substr(first, second - first);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  nlohmann::json Due(const std::string& now) {
    CliRun r = Cair("due --json " + db_ + " --now " + now);
    EXPECT_EQ(r.code, 0) << r.err;
    return nlohmann::json::parse(r.out);
  }
  std::string State(const nlohmann::json& due, const std::string& clock) {
    for (const auto& c : due)
      if (c["clock"] == clock) return c["state"];
    return "absent";
  }
  std::filesystem::path dir_;
  std::string db_;
};

TEST_F(CliIncident, SomeStateClocksAtTheDeadlineMinuteAndOnePast) {
  CliRun open = Cair("incident open " + db_ + " --title 'SecureTrust: Some-State in stateOrProvinceName'"
                     " --aware-at 2019-05-11T17:37:00Z --problem-report-at 2019-05-11T17:37:00Z --source third-party");
  ASSERT_EQ(open.code, 0) << open.err;
  EXPECT_TRUE(std::regex_match(open.out, std::regex("[0-9]+\n"))) << "id alone on stdout: " << open.out;
  std::string id = open.out.substr(0, open.out.size() - 1);
  CliRun add = Cair("problem add " + id + " " + db_ + " --name 'OpenSSL default ST' --reason 12"
                    " --lint e_subject_placeholder_value --certs " + (dir_ / "some-state.pem").string() +
                    " --now 2019-05-11T20:16:00Z");
  ASSERT_EQ(add.code, 0) << add.err;

  auto due = Due("2019-05-12T17:37:00Z");  // BR 4.9.5: 24 h after the report, the exact minute
  EXPECT_EQ(State(due, "problem_report_response"), "due-soon");
  due = Due("2019-05-12T17:38:00Z");  // one minute past
  EXPECT_EQ(State(due, "problem_report_response"), "overdue");
  EXPECT_EQ(State(due, "first_disclosure"), "ok");
  due = Due("2019-05-14T17:37:00Z");  // IRG 4.4: 72 h, exact minute
  EXPECT_EQ(State(due, "first_disclosure"), "due-soon");
  due = Due("2019-05-14T17:38:00Z");
  EXPECT_EQ(State(due, "first_disclosure"), "overdue");
  due = Due("2019-05-16T17:37:00Z");  // req §1.3: 120 h after the report, exact minute
  EXPECT_EQ(State(due, "revocation"), "due-soon");
  for (const auto& c : due)
    if (c["clock"] == "revocation") EXPECT_NE(c["detail"].get<std::string>().find("1 certificate(s) unrevoked"), std::string::npos);
  due = Due("2019-05-16T17:38:00Z");
  EXPECT_EQ(State(due, "revocation"), "overdue");
  EXPECT_EQ(State(due, "full_report"), "ok");  // 14 days: 2019-05-25T17:37Z
  // Soonest first.
  for (size_t i = 1; i < due.size(); ++i) EXPECT_LE(due[i - 1]["due_at"], due[i]["due_at"]);

  CliRun show = Cair("incident show " + id + " " + db_);
  EXPECT_NE(show.out.find("2019-05-11T20:16Z  Problem added: OpenSSL default ST"), std::string::npos) << show.out;
}

TEST_F(CliIncident, BadInputChangesNothing) {
  CliRun open = Cair("incident open " + db_ + " --title 'X: y' --aware-at 2026-01-05T10:00:00Z");
  ASSERT_EQ(open.code, 0) << open.err;
  std::string id = open.out.substr(0, open.out.size() - 1);
  std::string certs = (dir_ / "some-state.pem").string();
  CliRun twice = Cair("problem add " + id + " " + db_ + " --name dup --reason 12 --criterion c --certs " + certs + " " + certs);
  EXPECT_EQ(twice.code, 3);
  EXPECT_NE(twice.err.find("listed twice; nothing was saved"), std::string::npos) << twice.err;
  EXPECT_EQ(Cair("problem add 999 " + db_ + " --name x --reason 12 --criterion c").code, 3);
  EXPECT_EQ(Cair("incident open " + db_ + " --title t --aware-at 'next tuesday'").code, 2);
  EXPECT_EQ(Cair("due " + db_ + " --now 2026-02-30T00:00:00Z").code, 2);
  CliRun not_cert = Cair("problem add " + id + " " + db_ + " --name x --reason 12 --criterion c --certs samples/issuing-ca.crl.pem");
  EXPECT_EQ(not_cert.code, 3);
  EXPECT_NE(not_cert.err.find("not a certificate"), std::string::npos) << not_cert.err;
  CliRun show = Cair("incident show " + id + " " + db_);
  EXPECT_EQ(show.out.find("problem "), std::string::npos) << "a failed add left a problem behind:\n" << show.out;
}

}  // namespace

namespace {

TEST_F(CliIncident, CrlImportMarksRevokedAndChecksSignature) {
  CliRun open = Cair("incident open " + db_ + " --title 'X: Some-State' --aware-at 2026-03-10T12:00:00Z");
  ASSERT_EQ(open.code, 0) << open.err;
  std::string id = open.out.substr(0, open.out.size() - 1);
  ASSERT_EQ(Cair("problem add " + id + " " + db_ + " --name ST --reason 12 --criterion c --certs " +
                 (dir_ / "some-state.pem").string()).code, 0);
  EXPECT_EQ(State(Due("2026-03-11T00:00:00Z"), "revocation"), "ok");
  // Wrong issuer certificate: refused, nothing recorded.
  CliRun bad = Cair("crl import " + id + " " + db_ + " samples/issuing-ca.crl.pem --issuer-cert samples/root-ca.pem");
  EXPECT_EQ(bad.code, 3);
  EXPECT_NE(bad.err.find("signature does not verify"), std::string::npos) << bad.err;
  EXPECT_EQ(State(Due("2026-03-11T00:00:00Z"), "revocation"), "ok");
  // Not a CRL: refused.
  EXPECT_EQ(Cair("crl import " + id + " " + db_ + " samples/root-ca.pem").code, 3);
  // The samples' CRL revokes the Some-State certificate with reasonCode superseded (4),
  // the code BR 4.9.1.1 maps reason 12 to (req §1.3).
  CliRun ok = Cair("crl import " + id + " " + db_ + " samples/issuing-ca.crl.pem --issuer-cert samples/issuing-ca.pem");
  ASSERT_EQ(ok.code, 0) << ok.err;
  EXPECT_NE(ok.out.find("1 affected certificate(s) newly revoked"), std::string::npos) << ok.out;
  EXPECT_EQ(ok.out.find("wrong"), std::string::npos) << ok.out;
  EXPECT_EQ(State(Due("2026-03-11T00:00:00Z"), "revocation"), "absent");  // nothing left to revoke
  CliRun show = Cair("incident show " + id + " " + db_);
  EXPECT_NE(show.out.find("1 certificate(s), 1 revoked"), std::string::npos) << show.out;
  // Importing again changes nothing.
  CliRun again = Cair("crl import " + id + " " + db_ + " samples/issuing-ca.crl.pem");
  EXPECT_NE(again.out.find("0 affected certificate(s) newly revoked"), std::string::npos) << again.out;
}

}  // namespace

namespace {

#ifdef CAIR_MAKE_CORPUS
// kill -9 in the middle of a large import: the store must be consistent
// afterwards and show nothing of the interrupted import (req: nothing is
// reported saved before its transaction commits).
TEST_F(CliIncident, KillDuringLargeImportLeavesStoreConsistent) {
  std::string corpus = (dir_ / "big.pem").string();
  std::string make = std::string(CAIR_MAKE_CORPUS) + " 300000 " + corpus + " " + CAIR_SOURCE_DIR +
                     "/samples/subscribers.pem " + CAIR_SOURCE_DIR + "/samples/issuing-ca.pem >/dev/null 2>&1";
  ASSERT_EQ(std::system(make.c_str()), 0);
  CliRun open = Cair("incident open " + db_ + " --title 'X: big' --aware-at 2026-03-10T12:00:00Z");
  ASSERT_EQ(open.code, 0) << open.err;
  std::string id = open.out.substr(0, open.out.size() - 1);
  std::string cmd = std::string("cd ") + CAIR_SOURCE_DIR + " && (" + CAIR_BINARY + " problem add " + id + " " + db_ +
                    " --name big --reason 12 --criterion c --certs " + corpus +
                    " >/dev/null 2>&1 & pid=$!; sleep 1.5; kill -9 $pid; wait $pid; exit 0)";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  CliRun show = Cair("incident show " + id + " " + db_);
  ASSERT_EQ(show.code, 0) << show.err;
  EXPECT_EQ(show.out.find("problem "), std::string::npos) << "a killed import left rows behind:\n" << show.out;
  // The store still works: a small import after the crash commits.
  CliRun add = Cair("problem add " + id + " " + db_ + " --name small --reason 12 --criterion c --certs " +
                    (dir_ / "some-state.pem").string());
  EXPECT_EQ(add.code, 0) << add.err;
  CliRun check = Cair("incident show " + id + " " + db_);
  EXPECT_NE(check.out.find("1 certificate(s)"), std::string::npos) << check.out;
}
#endif

// Issue 17: an output file that cannot be written (a full disk, a
// file-size limit) fails with the system's reason, and the file that was
// there stays whole: nothing half-written.
TEST_F(CliIncident, ExportThatCannotBeWrittenFailsClearlyAndLeavesTheOldFile) {
  // (A title long enough that the export outgrows the store's WAL index.)
  CliRun open = Cair("incident open " + db_ + " --title 'X: " + std::string(40000, 'y') + "' --aware-at 2026-01-05T10:00:00Z");
  ASSERT_EQ(open.code, 0) << open.err;
  std::string id = open.out.substr(0, open.out.size() - 1);
  CliRun full = Cair("incident export " + id + " " + db_ + " --out /dev/full");
  EXPECT_EQ(full.code, 3);
  EXPECT_NE(full.err.find("/dev/full: No space left on device"), std::string::npos) << full.err;
  const auto target = dir_ / "incident.json";
  std::ofstream(target) << "previous\n";
  // A 32 KiB file-size limit (SIGXFSZ ignored: the write fails with EFBIG).
  CliRun limited = Cair("incident export " + id + " " + db_ + " --out " + target.string(), "", "trap '' XFSZ; ulimit -f 64;");
  EXPECT_EQ(limited.code, 3);
  EXPECT_NE(limited.err.find("File too large"), std::string::npos) << limited.err;
  EXPECT_EQ(Slurp(target), "previous\n");
  for (const auto& e : std::filesystem::directory_iterator(dir_))
    EXPECT_EQ(e.path().filename().string().find(".tmp-"), std::string::npos) << e.path();
  CliRun ok = Cair("incident export " + id + " " + db_ + " --out " + target.string());
  EXPECT_EQ(ok.code, 0) << ok.err;
  EXPECT_NE(Slurp(target).find(std::string(40000, 'y')), std::string::npos);
}

// Issue 14 keys: --weak-key-blocklist with a list made by the documented
// openssl recipe, and --key-checks on a scenario whose 16 certificates for
// different domains share one key.
TEST(CliKeys, WeakKeyBlocklistFromTheOpensslRecipe) {
  auto dir = std::filesystem::temp_directory_path() / ("cair_keys_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const std::string list = (dir / "blacklist.RSA-2048").string();
  ASSERT_EQ(std::system(("(echo '# test list'; openssl x509 -noout -modulus -in " + std::string(CAIR_SOURCE_DIR) + "/samples/root-ca.pem | sha1sum | "
                         "cut -c21-40) > " + list).c_str()), 0);
  CliRun r = Cair("lint --weak-key-blocklist " + list + " samples/root-ca.pem");
  EXPECT_NE(r.out.find("\"e_rsa_debian_weak_key\":{\"result\":\"error\""), std::string::npos) << r.out;
  r = Cair("lint samples/root-ca.pem");
  EXPECT_NE(r.out.find("\"e_rsa_debian_weak_key\":{\"result\":\"NA\""), std::string::npos) << r.out;
  r = Cair("lint --weak-key-blocklist " + list + " samples/issuing-ca.pem");  // EC key
  EXPECT_NE(r.out.find("\"e_rsa_debian_weak_key\":{\"result\":\"NA\""), std::string::npos) << r.out;
  r = Cair("scan -q --weak-key-blocklist " + list + " --fail-on error --only e_rsa_debian_weak_key samples/root-ca.pem");
  EXPECT_EQ(r.code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("e_rsa_debian_weak_key"), std::string::npos) << r.out;
  std::ofstream(dir / "bad.txt") << "abc\n";
  r = Cair("lint --weak-key-blocklist " + (dir / "bad.txt").string() + " samples/root-ca.pem");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("--weak-key-blocklist " + (dir / "bad.txt").string() + ":1: 3 hex digits"), std::string::npos) << r.err;
  EXPECT_EQ(Cair("scan --weak-key-blocklist /nonexistent/list samples/").code, 2);
  std::filesystem::remove_all(dir);
}

// Issue 14, BRs 7.1.2.2: a cross-certificate is what the run declares it to
// be (--cert-type, [cair] certificate_type); without it the cross lints are NA
// and the subordinate CA lints judge it.
TEST(CliCertType, CrossExternalMakesTheCrossLintsApply) {
  const std::string cert = "testdata/lints/e_br_cross_ca_external_any_eku/fail_any_eku.pem";  // EKU anyExtendedKeyUsage
  const std::string names = " --include-names e_br_cross_ca_external_any_eku,e_br_tls_ca_eku_prohibited ";
  CliRun r = Cair("lint" + names + cert);
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("\"e_br_cross_ca_external_any_eku\":{\"result\":\"NA\"}"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"e_br_tls_ca_eku_prohibited\":{\"result\":\"error\""), std::string::npos) << r.out;
  r = Cair("lint --cert-type cross-external" + names + cert);
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("\"e_br_cross_ca_external_any_eku\":{\"result\":\"error\",\"details\":\"anyExtendedKeyUsage present\"}"),
            std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"e_br_tls_ca_eku_prohibited\":{\"result\":\"NA\"}"), std::string::npos) << r.out;
  // Internal: anyExtendedKeyUsage alone is the unrestricted profile, no finding.
  r = Cair("lint --cert-type cross-internal --include-names pkilint:cabf.serverauth.cross_ca.external_anyeku_present,"
           "e_br_cross_ca_internal_any_eku_with_other " + cert);
  EXPECT_NE(r.out.find("\"e_br_cross_ca_external_any_eku\":{\"result\":\"NA\"}"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"e_br_cross_ca_internal_any_eku_with_other\":{\"result\":\"pass\"}"), std::string::npos) << r.out;
  // scan: the finding decides the exit code only under the declaration.
  const std::string only = " -q --fail-on error --only e_br_cross_ca_external_any_eku ";
  EXPECT_EQ(Cair("scan" + only + cert).code, 0);
  r = Cair("scan --cert-type cross-external" + only + cert);
  EXPECT_EQ(r.code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("e_br_cross_ca_external_any_eku"), std::string::npos) << r.out;
  // The same declaration from the configuration file, and a bad one there.
  auto dir = std::filesystem::temp_directory_path() / ("cair_cert_type_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "cross.toml") << "[cair]\ncertificate_type = \"cross-external\"\n";
  std::ofstream(dir / "bad.toml") << "[cair]\ncertificate_type = \"bridge\"\n";
  r = Cair("lint --config " + (dir / "cross.toml").string() + names + cert);
  EXPECT_NE(r.out.find("\"e_br_cross_ca_external_any_eku\":{\"result\":\"error\""), std::string::npos) << r.out;
  r = Cair("lint --config " + (dir / "bad.toml").string() + names + cert);
  EXPECT_NE(r.out.find("\"e_br_cross_ca_external_any_eku\":{\"result\":\"fatal\",\"details\":\"cair.certificate_type: unknown "
                       "certificate type \\\"bridge\\\" (one of auto, cross-internal, cross-external"), std::string::npos) << r.out;
  std::filesystem::remove_all(dir);
  // An unknown type is a usage error naming the accepted ones.
  for (const char* cmd : {"lint", "scan"}) {
    r = Cair(std::string(cmd) + " --cert-type cross " + cert);
    EXPECT_EQ(r.code, 2) << cmd;
    EXPECT_NE(r.err.find(std::string("cair ") + cmd + ": --cert-type: unknown certificate type \"cross\" (one of auto, "
                         "cross-internal, cross-external, cross-internal-subscriber-issuing, cross-external-subscriber-issuing)"),
              std::string::npos) << r.err;
  }
  r = Cair("lint --help");
  EXPECT_NE(r.out.find("cross-external: cross-certificate of another organization's root"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("cair lint --summary --cert-type cross-external cross.pem"), std::string::npos) << r.out;
}

TEST(CliKeys, ScanKeyChecksReportReusedKeysAndExit1) {
  auto dir = std::filesystem::temp_directory_path() / ("cair_keys_scan_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir / "certs");
  const std::string d = dir.string(), json = (dir / "s.json").string();
  // One key, two unrelated subscribers (and a renewal of one of them).
  const std::string req = "openssl req -x509 -key " + d + "/k.pem -days 30 ";
  ASSERT_EQ(std::system(("openssl ecparam -genkey -name prime256v1 -noout -out " + d + "/k.pem && " + req +
                         "-subj /CN=a.example.com -addext subjectAltName=DNS:a.example.com -out " + d + "/certs/a.pem && " +
                         req + "-subj /CN=www.example.com -addext subjectAltName=DNS:www.example.com -out " + d +
                         "/certs/a2.pem && " + req + "-subj /CN=b.example.org -addext subjectAltName=DNS:b.example.org -out " +
                         d + "/certs/b.pem").c_str()), 0);
  CliRun r = Cair("scan -q " + d + "/certs");
  EXPECT_EQ(r.code, 0) << "key checks are off by default\n" << r.err;
  EXPECT_EQ(r.out.find("Key checks"), std::string::npos) << r.out;
  r = Cair("scan -q --key-checks all --json " + json + " " + d + "/certs");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.out.find("Public keys reused by unrelated subscribers: 1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("RSA moduli sharing a prime factor (batch GCD): 0"), std::string::npos) << r.out;
  auto j = nlohmann::json::parse(Slurp(json));
  EXPECT_EQ(j["key_findings"], 1);
  EXPECT_EQ(j["key_checks"]["distinct_keys"], 1);
  ASSERT_EQ(j["key_checks"]["reused_keys"].size(), 1u);
  ASSERT_EQ(j["key_checks"]["reused_keys"][0]["subscriber_groups"].size(), 2u);
  std::set<size_t> sizes;
  for (const auto& g : j["key_checks"]["reused_keys"][0]["subscriber_groups"]) sizes.insert(g.size());
  EXPECT_EQ(sizes, (std::set<size_t>{1, 2}));
  EXPECT_EQ(j["key_checks"]["reused_keys"][0]["subscriber_groups"][0][0]["sha256"].get<std::string>().size(), 64u);
  // Only the related certificates: no finding.
  std::filesystem::remove(dir / "certs" / "b.pem");
  EXPECT_EQ(Cair("scan -q --key-checks reused-keys " + d + "/certs").code, 0);
  EXPECT_EQ(Cair("scan --key-checks some samples/").code, 2);
  std::filesystem::remove_all(dir);
}

}  // namespace
