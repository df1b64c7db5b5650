// Issue 18, end to end through the `cair` binary: memory flat in the size of
// the incident and of the input.
//  - `cair incident export` -> `import` of a generated incident gives back
//    the same incident (byte for byte, but for its id), and the streamed
//    export is laid out exactly as nlohmann's dump(2) would;
//  - a report whose inline Appendix would not fit a Bugzilla comment names
//    the file the list went to instead, and `report check` flags an
//    oversize report;
//  - a scan of a .tar.gz holding an oversize object and a compressed member
//    of 1 GiB of zeros stays under 256 MiB (the child's peak RSS, from
//    wait4) and reports both members with their origin.
#include <archive.h>
#include <archive_entry.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli_util.h"

namespace {

using cair::clitest::Cair;
using cair::clitest::CliRun;
using cair::clitest::Slurp;

class Streaming : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("cair_streaming_" + std::to_string(getpid()));
    std::filesystem::create_directories(dir_);
    db_ = "--db " + (dir_ / "cair.db").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // An incident of `count` generated certificates (make_corpus: real
  // certificates with their serial varied) plus the samples' Some-State
  // certificate, which the samples' CRL revokes; with a halt, an action
  // item, a note and narrative, so that every part of an export is there.
  std::string Generated(int count) {
    std::string corpus = (dir_ / "corpus.pem").string();
    std::string make = std::string(CAIR_MAKE_CORPUS) + " " + std::to_string(count) + " " + corpus + " " + CAIR_SOURCE_DIR +
                       "/samples/subscribers.pem " + CAIR_SOURCE_DIR + "/samples/issuing-ca.pem >/dev/null 2>&1";
    EXPECT_EQ(std::system(make.c_str()), 0);
    std::string pem = Slurp(std::filesystem::path(CAIR_SOURCE_DIR) / "samples/subscribers.pem");
    size_t first = pem.find("-----END CERTIFICATE-----\n") + 26;
    size_t second = pem.find("-----END CERTIFICATE-----\n", first) + 26;
    std::ofstream(dir_ / "some-state.pem") << pem.substr(first, second - first);

    CliRun open = Cair("incident open " + db_ + " --title 'Example CA: generated' --aware-at 2026-03-10T12:00:00Z");
    EXPECT_EQ(open.code, 0) << open.err;
    std::string id = open.out.substr(0, open.out.size() - 1);
    CliRun add = Cair("problem add " + id + " " + db_ + " --name bulk --reason 12 --criterion generated --certs " + corpus);
    EXPECT_EQ(add.code, 0) << add.err;
    add = Cair("problem add " + id + " " + db_ + " --name 'Some-State' --reason 4 --lint e_subject_placeholder_value --certs " +
               (dir_ / "some-state.pem").string());
    EXPECT_EQ(add.code, 0) << add.err;
    EXPECT_EQ(Cair("crl import " + id + " " + db_ + " samples/issuing-ca.crl.pem").code, 0);
    EXPECT_EQ(Cair("incident note " + id + " " + db_ + " --at 2026-03-10T13:00:00Z --text 'Triage call' --source 'J. Doe'").code, 0);
    EXPECT_EQ(Cair("incident set " + id + " " + db_ + " --field description --text 'Serials \"varied\", ünïcode; line\nbreak'").code, 0);
    return id;
  }

  std::filesystem::path dir_;
  std::string db_;
};

#ifdef CAIR_MAKE_CORPUS
TEST_F(Streaming, ExportImportRoundTripEqualsTheOriginal) {
  std::string id = Generated(3000);
  std::string a = (dir_ / "a.json").string(), b = (dir_ / "b.json").string();
  CliRun ex = Cair("incident export " + id + " " + db_ + " --out " + a);
  ASSERT_EQ(ex.code, 0) << ex.err;
  std::string other = "--db " + (dir_ / "other.db").string();
  // Another incident first, so that the imported one gets another id.
  ASSERT_EQ(Cair("incident open " + other + " --title 'X: first' --aware-at 2026-01-01T00:00:00Z").code, 0);
  CliRun im = Cair("incident import " + a + " " + other);
  ASSERT_EQ(im.code, 0) << im.err;
  std::string id2 = im.out.substr(0, im.out.size() - 1);
  EXPECT_NE(id2, id);
  ASSERT_EQ(Cair("incident export " + id2 + " " + other + " --out " + b).code, 0);

  std::string ta = Slurp(a), tb = Slurp(b);
  // The streamed writer lays the JSON out as nlohmann's dump(2) does.
  auto ja = nlohmann::ordered_json::parse(ta);
  EXPECT_EQ(ja.dump(2) + "\n", ta);
  ASSERT_EQ(ja["problems"].size(), 2u);
  EXPECT_EQ(ja["problems"][0]["certificates"].size(), 3000u);
  EXPECT_EQ(ja["problems"][1]["certificates"][0]["crl_reason"], 4);  // revoked by the samples' CRL, reason kept
  // Equal but for the incident's id.
  auto jb = nlohmann::ordered_json::parse(tb);
  EXPECT_EQ(jb["incident"]["id"].get<int64_t>(), std::stoll(id2));
  jb["incident"]["id"] = ja["incident"]["id"];
  EXPECT_TRUE(ja == jb) << "the imported incident differs from the original";
  EXPECT_EQ(jb.dump(2) + "\n", ta);

  // Malformed or truncated input: the byte is named, nothing is saved.
  std::ofstream(dir_ / "cut.json") << ta.substr(0, ta.size() / 2);
  CliRun cut = Cair("incident import " + (dir_ / "cut.json").string() + " " + other);
  EXPECT_EQ(cut.code, 3);
  EXPECT_NE(cut.err.find("not valid JSON at byte"), std::string::npos) << cut.err;
  EXPECT_NE(cut.err.find("nothing was saved"), std::string::npos) << cut.err;
  // A bad field deep in the certificates: its JSON path.
  std::string bad = ta;
  size_t at = bad.find("\"not_after\": \"", bad.find("\"certificates\"") + 4000);
  bad.replace(at, 16, "\"not_after\": \"x");
  std::ofstream(dir_ / "bad.json") << bad;
  CliRun badrun = Cair("incident import " + (dir_ / "bad.json").string() + " " + other);
  EXPECT_EQ(badrun.code, 3);
  EXPECT_TRUE(std::regex_search(badrun.err, std::regex("problems\\[0\\]\\.certificates\\[[0-9]+\\]\\.not_after: .* is not RFC 3339")))
      << badrun.err;
  CliRun list = Cair("incident list " + other);
  EXPECT_EQ(list.out.find("generated", list.out.find("generated") + 1), std::string::npos) << "a failed import left an incident:\n"
                                                                                       << list.out;
}

TEST_F(Streaming, ReportTooLargeToInlineNamesItsAppendix) {
  std::string id = Generated(2000);
  std::string out = (dir_ / "full.md").string();
  CliRun rep = Cair("report " + id + " " + db_ + " --kind full --now 2026-03-11T00:00:00Z --out " + out);
  ASSERT_EQ(rep.code, 0) << rep.err;
  std::string md = Slurp(out);
  EXPECT_LE(md.size(), 65535u);
  // Problem 1 (2000 rows: a CSV of ~600 KB inline) went to its file; so did
  // problem 2's, so that the comment stays whole.
  std::string file1 = (dir_ / "full-appendix-1.csv").string(), file2 = (dir_ / "full-appendix-2.csv").string();
  EXPECT_NE(md.find("#### Problem 1: bulk (2000 rows)"), std::string::npos) << md;
  EXPECT_NE(md.find("Not inline: this list would make the report longer than the 65,535 characters Bugzilla accepts in one "
                    "comment. Its file is `" + file1 + "`; attach it to the bug."),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("Attached as `" + file2 + "`"), std::string::npos) << md;
  EXPECT_EQ(md.find("```csv"), std::string::npos) << "no list inline";
  std::string csv = Slurp(file1);
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 2001);  // header + 2000 rows, CRLF
  EXPECT_EQ(csv.rfind("Precertificate SHA-256 hash,", 0), 0u);
  // The diverted report passes the checker; the same with the list pasted
  // back inline does not: `report check` flags it as oversize.
  CliRun check = Cair("report check " + out + " --now 2026-03-11T00:00:00Z");
  EXPECT_EQ(check.out.find("oversize"), std::string::npos) << check.out;
  std::ofstream(dir_ / "pasted.md") << md << "\n```csv\n" << csv << "```\n";
  CliRun pasted = Cair("report check " + (dir_ / "pasted.md").string() + " --now 2026-03-11T00:00:00Z");
  EXPECT_EQ(pasted.code, 1);
  EXPECT_TRUE(std::regex_search(pasted.out, std::regex("pasted\\.md:[0-9]+: oversize: the report is [0-9]+ characters; a Bugzilla "
                                                       "comment takes at most 65,535")))
      << pasted.out;
  // With --appendix the lists go there, and nothing says "Not inline".
  CliRun named = Cair("report " + id + " " + db_ + " --kind full --now 2026-03-11T00:00:00Z --out " + out + " --appendix " +
                      (dir_ / "app.csv").string());
  ASSERT_EQ(named.code, 0) << named.err;
  EXPECT_EQ(Slurp(out).find("Not inline"), std::string::npos);
  EXPECT_EQ(Slurp(dir_ / "app-1.csv"), csv);
}
#endif

// Writes a .tar.gz: `zeros.bin` (1 GiB of zeros), `huge.der` (one DER
// SEQUENCE of 80 MiB, above the 64 MiB per-object limit), and a real
// certificate after them.
void WriteBombArchive(const std::string& path) {
  struct archive* a = archive_write_new();
  archive_write_add_filter_gzip(a);
  archive_write_set_format_pax_restricted(a);
  archive_write_set_filter_option(a, "gzip", "compression-level", "1");
  ASSERT_EQ(archive_write_open_filename(a, path.c_str()), ARCHIVE_OK) << archive_error_string(a);
  auto member = [&](const std::string& name, int64_t size, const std::string& head, const std::string& body) {
    struct archive_entry* e = archive_entry_new();
    archive_entry_set_pathname(e, name.c_str());
    archive_entry_set_size(e, size);
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_write_header(a, e);
    archive_write_data(a, head.data(), head.size());
    std::string chunk(1 << 20, '\0');
    int64_t left = size - static_cast<int64_t>(head.size()) - static_cast<int64_t>(body.size());
    while (left > 0) {
      size_t n = static_cast<size_t>(std::min<int64_t>(left, chunk.size()));
      archive_write_data(a, chunk.data(), n);
      left -= static_cast<int64_t>(n);
    }
    archive_write_data(a, body.data(), body.size());
    archive_entry_free(e);
  };
  member("bomb/zeros.bin", int64_t{1} << 30, "", "");
  const int64_t huge = int64_t{80} << 20;
  std::string head = {'\x30', '\x84', static_cast<char>(huge >> 24), static_cast<char>(huge >> 16), static_cast<char>(huge >> 8),
                      static_cast<char>(huge)};
  member("bomb/huge.der", huge + 6, head, "");
  std::string pem = Slurp(std::filesystem::path(CAIR_SOURCE_DIR) / "samples/subscribers.pem");
  member("bomb/real.pem", static_cast<int64_t>(pem.size()), pem, "");
  archive_write_close(a);
  archive_write_free(a);
}

// Runs `cair ARGS...` as a child; its peak RSS in KiB (getrusage of the
// child via wait4), and its exit code.
long RunMeasured(const std::vector<std::string>& args, const std::string& out, const std::string& err, int* code) {
  pid_t pid = fork();
  if (pid == 0) {
    int o = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644), e = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(o, 1);
    dup2(e, 2);
    std::vector<char*> argv{const_cast<char*>(CAIR_BINARY)};
    for (const auto& s : args) argv.push_back(const_cast<char*>(s.c_str()));
    argv.push_back(nullptr);
    execv(CAIR_BINARY, argv.data());
    _exit(127);
  }
  int status = 0;
  struct rusage ru {};
  wait4(pid, &status, 0, &ru);
  *code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return ru.ru_maxrss;
}

TEST_F(Streaming, ArchiveBombAndOversizeMemberStayUnder256MiB) {
  std::string tgz = (dir_ / "bomb.tar.gz").string();
  WriteBombArchive(tgz);
  ASSERT_LT(std::filesystem::file_size(tgz), uint64_t{16} << 20) << "the archive is small; its members are not";
  std::string out = (dir_ / "scan.out").string(), err = (dir_ / "scan.err").string();
  int code = 0;
  long kib = RunMeasured({"scan", tgz, "--quiet", "--jobs", "2"}, out, err, &code);
  std::string stderr_text = Slurp(err), stdout_text = Slurp(out);
  EXPECT_LT(kib, 256 * 1024) << "peak RSS " << kib / 1024 << " MiB";
  std::printf("cair scan of a %ju-byte .tar.gz (1 GiB + 80 MiB members): peak RSS %ld MiB\n",
              static_cast<uintmax_t>(std::filesystem::file_size(tgz)), kib / 1024);
  EXPECT_TRUE(code == 0 || code == 1) << code << "\n" << stderr_text;
  EXPECT_NE(stderr_text.find(tgz + ":bomb/zeros.bin: larger than the 64 MiB limit for one object (1073741824 bytes"), std::string::npos)
      << stderr_text;
  EXPECT_NE(stderr_text.find(tgz + ":bomb/huge.der: larger than the 64 MiB limit for one object"), std::string::npos) << stderr_text;
  // The scan went on: the real certificates after them were read.
  EXPECT_TRUE(std::regex_search(stdout_text, std::regex("[1-9][0-9]* objects \\([1-9]"))) << stdout_text;
  EXPECT_TRUE(std::regex_search(stdout_text, std::regex(" 2 unreadable"))) << stdout_text;
}

// A PEM bundle member with one block above the limit: that block is
// reported with its line, the blocks around it are read.
TEST_F(Streaming, OversizePemBlockIsSkippedAndTheRestRead) {
  std::string pem = Slurp(std::filesystem::path(CAIR_SOURCE_DIR) / "samples/subscribers.pem");
  std::string path = (dir_ / "bundle.pem").string();
  {
    std::ofstream f(path, std::ios::binary);
    f << pem << "-----BEGIN CERTIFICATE-----\n";
    std::string line(64, 'A');
    line += '\n';
    for (int i = 0; i < (3 << 20) / 64; ++i) f << line;  // 3 MiB of base64: above a 2 MiB limit
    f << "-----END CERTIFICATE-----\n" << Slurp(std::filesystem::path(CAIR_SOURCE_DIR) / "samples/issuing-ca.pem");
  }
  CliRun small = Cair("scan " + path + " --quiet --max-object-mib 2");
  EXPECT_TRUE(std::regex_search(small.err, std::regex("bundle\\.pem#[0-9]+ \\(line [0-9]+\\): PEM block larger than the 2 MiB limit")))
      << small.err;
  CliRun whole = Cair("scan samples/subscribers.pem samples/issuing-ca.pem --quiet");
  std::smatch m1, m2;
  ASSERT_TRUE(std::regex_search(whole.out, m1, std::regex("([0-9]+) objects"))) << whole.out;
  ASSERT_TRUE(std::regex_search(small.out, m2, std::regex("([0-9]+) objects"))) << small.out;
  EXPECT_EQ(m2[1], m1[1]) << "the blocks before and after the oversize one are all read";
  EXPECT_NE(small.out.find(" 1 unreadable"), std::string::npos) << small.out;
  EXPECT_EQ(Cair("scan " + path + " --quiet --max-object-mib 0").code, 2);
}

}  // namespace
