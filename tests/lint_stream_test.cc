// `cair lint --stream` end to end: one JSON line per input line, in order,
// flushed per line (read back while stdin is still open), errors in-band.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_util.h"

namespace {

namespace fs = std::filesystem;
using cair::clitest::Cair;
using cair::clitest::Lines;
using cair::clitest::Slurp;

// The base64 body of every PEM block of `pem`, each on one line.
std::vector<std::string> Base64Lines(const std::string& pem) {
  std::vector<std::string> out;
  std::string cur;
  bool in = false;
  for (const auto& l : Lines(pem)) {
    if (l.rfind("-----BEGIN", 0) == 0) {
      in = true;
      cur.clear();
    } else if (l.rfind("-----END", 0) == 0) {
      in = false;
      out.push_back(cur);
    } else if (in) {
      cur += l;
    }
  }
  return out;
}

class LintStream : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("cair_stream_test_" + std::to_string(getpid()));
    fs::create_directories(dir_);
    certs_ = Base64Lines(Slurp(fs::path(CAIR_SOURCE_DIR) / "samples" / "subscribers.pem"));
    ASSERT_GE(certs_.size(), 2u);
    crl_ = Base64Lines(Slurp(fs::path(CAIR_SOURCE_DIR) / "samples" / "issuing-ca.crl.pem")).at(0);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& text) {
    auto p = dir_ / name;
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }
  fs::path dir_;
  std::vector<std::string> certs_;
  std::string crl_;
};

TEST_F(LintStream, OneJsonLinePerInputLineInOrderWithErrorsInBand) {
  std::string input = certs_[0] + "\n" +                                  // 1 base64 DER
                      "{\"id\": \"row-7\", \"der\": \"" + certs_[1] + "\"}\r\n" +  // 2 JSON, CRLF
                      "this is not base64!\n" +                             // 3
                      "\n" +                                                // 4 empty
                      "{\"der\": 12}\n" +                                   // 5 no base64 string
                      "{not json\n" +                                       // 6
                      "MAMCAQE=\n" +                                        // 7 DER, but no certificate
                      crl_ + "\n" +                                         // 8 a CRL
                      "{\"id\": 9, \"der\": \"" + certs_[0] + "\"}";        // 9 no final newline
  auto r = Cair("lint --stream", Write("in.txt", input));
  ASSERT_EQ(r.code, 0) << r.err;
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 9u) << r.out;
  std::vector<nlohmann::json> j;
  for (size_t i = 0; i < lines.size(); ++i) {
    j.push_back(nlohmann::json::parse(lines[i]));
    EXPECT_EQ(j[i]["line"], i + 1);
  }
  // Each certificate's results are exactly `cair lint`'s JSON for it.
  auto one = Cair("lint --format base64 -", Write("c0.b64", certs_[0]));
  ASSERT_EQ(one.code, 0) << one.err;
  EXPECT_EQ(j[0]["results"], nlohmann::json::parse(one.out));
  EXPECT_EQ(j[0]["kind"], "certificate");
  EXPECT_EQ(j[0]["sha256"].get<std::string>().size(), 64u);
  EXPECT_FALSE(j[0].contains("error"));
  auto two = Cair("lint --format base64 -", Write("c1.b64", certs_[1]));
  EXPECT_EQ(j[1]["results"], nlohmann::json::parse(two.out));
  EXPECT_EQ(j[1]["id"], "row-7");
  for (size_t i : {2, 3, 4, 5, 6}) {
    EXPECT_TRUE(j[i].contains("error")) << lines[i];
    EXPECT_FALSE(j[i].contains("results")) << lines[i];
    EXPECT_NE(j[i]["error"].get<std::string>().find("line " + std::to_string(i + 1)), std::string::npos)
        << lines[i];
  }
  EXPECT_NE(j[3]["error"].get<std::string>().find("empty"), std::string::npos);
  EXPECT_NE(j[4]["error"].get<std::string>().find("\"der\""), std::string::npos);
  EXPECT_NE(j[6]["error"].get<std::string>().find("not a certificate, CRL or OCSP"), std::string::npos);
  EXPECT_TRUE(j[6].contains("sha256"));
  EXPECT_EQ(j[7]["kind"], "crl");
  EXPECT_FALSE(j[7]["results"].empty());
  EXPECT_EQ(j[8]["id"], 9);
  EXPECT_EQ(j[8]["results"], j[0]["results"]);
}

TEST_F(LintStream, FiltersAndFailOnApplyAndUsageErrorsAreRefused) {
  auto r = Cair("lint --stream --include-sources RFC5280 --fail-on info", Write("in.txt", certs_[0] + "\n"));
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 1u);
  auto j = nlohmann::json::parse(lines[0]);
  auto all = Cair("lint --stream", Write("in2.txt", certs_[0] + "\n"));
  auto full = nlohmann::json::parse(Lines(all.out).at(0));
  EXPECT_LT(j["results"].size(), full["results"].size());
  bool finding = false;
  for (auto& [name, v] : j["results"].items()) {
    std::string res = v["result"];
    finding |= res == "info" || res == "warn" || res == "error" || res == "fatal";
  }
  EXPECT_EQ(r.code, finding ? 1 : 0);
  EXPECT_EQ(Cair("lint --stream --summary", Write("in3.txt", certs_[0] + "\n")).code, 2);
  auto missing = Cair("lint --stream /nonexistent/file.txt");
  EXPECT_EQ(missing.code, 3);
  auto err = nlohmann::json::parse(Lines(missing.out).at(0));
  EXPECT_NE(err["error"].get<std::string>().find("cannot open"), std::string::npos);
}

// Each answer is written and flushed before the next line is read: a
// pipeline that feeds one line and waits for its answer does not deadlock.
TEST_F(LintStream, EachLineIsAnsweredBeforeTheNextArrives) {
  int to_child[2], from_child[2];
  ASSERT_EQ(pipe(to_child), 0);
  ASSERT_EQ(pipe(from_child), 0);
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    dup2(to_child[0], 0);
    dup2(from_child[1], 1);
    close(to_child[1]);
    close(from_child[0]);
    execl(CAIR_BINARY, CAIR_BINARY, "lint", "--stream", static_cast<char*>(nullptr));
    _exit(127);
  }
  close(to_child[0]);
  close(from_child[1]);
  std::string pending;
  auto read_line = [&]() -> std::string {
    while (pending.find('\n') == std::string::npos) {
      pollfd p{from_child[0], POLLIN, 0};
      if (poll(&p, 1, 30000) <= 0) return "(timeout)";
      char buf[65536];
      ssize_t n = read(from_child[0], buf, sizeof buf);
      if (n <= 0) return "(eof)";
      pending.append(buf, static_cast<size_t>(n));
    }
    size_t nl = pending.find('\n');
    std::string line = pending.substr(0, nl);
    pending.erase(0, nl + 1);
    return line;
  };
  for (int round = 0; round < 3; ++round) {
    std::string line = (round == 1 ? std::string("garbage") : certs_[round % certs_.size()]) + "\n";
    ASSERT_EQ(write(to_child[1], line.data(), line.size()), static_cast<ssize_t>(line.size()));
    std::string answer = read_line();
    ASSERT_NE(answer, "(timeout)") << "no answer to line " << round + 1 << " while stdin is open";
    auto j = nlohmann::json::parse(answer);
    EXPECT_EQ(j["line"], round + 1);
    EXPECT_EQ(j.contains("error"), round == 1);
  }
  close(to_child[1]);
  EXPECT_EQ(read_line(), "(eof)");
  close(from_child[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

}  // namespace
