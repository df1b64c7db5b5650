// `cair report check` over a collection of reports written the ways CAs
// write them in Bugzilla (tests/data/report_check/): timelines as dated
// lines under a UTC note, Markdown tables with a UTC column, bullets with
// "UTC" or "Z" times, ISO 8601 with seconds, numeric offsets, nested date
// bullets, date sub-headings; headings one level up or down; nested lists.
// The correct ones (ok-*.md) must give no finding at all; each defective one
// (bad-*.md) exactly the findings recorded in expected.tsv (file, line,
// rule), each on the offending line itself.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli_util.h"

namespace {

using namespace cair::clitest;
namespace fs = std::filesystem;

const fs::path kDir = fs::path(CAIR_SOURCE_DIR) / "tests/data/report_check";

using Findings = std::multiset<std::pair<int, std::string>>;  // (line, rule)

std::map<std::string, Findings> Expected() {
  std::map<std::string, Findings> out;
  std::ifstream in(kDir / "expected.tsv");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream f(line);
    std::string file, no, rule;
    std::getline(f, file, '\t');
    std::getline(f, no, '\t');
    std::getline(f, rule, '\t');
    out[file].insert({std::stoi(no), rule});
  }
  return out;
}

std::string Show(const Findings& f) {
  std::string s;
  for (const auto& [line, rule] : f) s += "  " + std::to_string(line) + " " + rule + "\n";
  return s.empty() ? "  (none)\n" : s;
}

TEST(ReportCheckCollection, CorrectReportsPassAndEachDefectIsNamedOnItsLine) {
  auto expected = Expected();
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(kDir))
    if (e.path().extension() == ".md") files.push_back(e.path().filename().string());
  std::sort(files.begin(), files.end());
  size_t ok = 0, bad = 0;
  for (const auto& f : files) {
    const bool correct = f.rfind("ok-", 0) == 0;
    ASSERT_TRUE(correct || f.rfind("bad-", 0) == 0) << f << ": name it ok-*.md or bad-*.md";
    (correct ? ok : bad)++;
    CliRun r = Cair("report check --json --now 2026-04-01T00:00:00Z tests/data/report_check/" + f);
    Findings got;
    std::string messages;
    for (const auto& l : Lines(r.out)) {
      auto j = nlohmann::json::parse(l);
      got.insert({j["line"].get<int>(), j["rule"].get<std::string>()});
      messages += "  " + l + "\n";
    }
    const Findings want = expected.count(f) ? expected[f] : Findings{};
    if (correct) EXPECT_TRUE(want.empty()) << f << ": a correct report has no expected finding";
    else EXPECT_FALSE(want.empty()) << f << ": a defective report needs its expected finding in expected.tsv";
    EXPECT_EQ(got, want) << f << "\nexpected:\n" << Show(want) << "got:\n" << messages;
    EXPECT_EQ(r.code, want.empty() ? 0 : 1) << f << "\n" << r.err;
    expected.erase(f);
  }
  for (const auto& [f, _] : expected) ADD_FAILURE() << "expected.tsv names " << f << ", which is not in the collection";
  EXPECT_GE(ok + bad, 20u);
  EXPECT_GE(ok, 10u);
  EXPECT_GE(bad, 10u);
}

}  // namespace
