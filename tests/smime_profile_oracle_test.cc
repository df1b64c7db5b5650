// pkilint as the oracle of cair's profile lints: every generated case of
// tools/make_lint_cases_smime.py is linted by pkilint's lint_cabf_smime_cert
// (profile detected from the policy OIDs, as cair does), every case of
// tools/make_lint_cases_br_profiles.py by lint_cabf_serverauth_cert (type
// detected as br_profile.h does), and the lint's pkilint peer code must be
// reported on each violating case and on no passing one. A case declaring
// its certificate type ("# cert-type: cross-external", the cross-certificate
// profile of BRs 7.1.2.2) is linted by pkilint with that type (`lint -t
// EXTERNAL-CROSS-CA`) instead of detection. Skips when
// ../shared/peers is absent or its pkilint cannot run here. pkilint runs once
// per tool over all cases (tests/tools/pkilint_batch.py), not once per case.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <unistd.h>

#include "lint/lint.h"
#include "lint/registry.h"
#include "lints/util/br_declared_type.h"

namespace cair {
namespace {

namespace fs = std::filesystem;

const fs::path kPeers = fs::path(CAIR_SHARED_DIR) / "peers";
const fs::path kPkilint = kPeers / "bin/pkilint";

struct SmimeCase {
  std::string lint, name, path, expect, pem;
  std::string tool;  // pkilint's command-line tool for the case's generator
  std::string cert_type;  // "# cert-type:" (cair's --cert-type value), "" for detection
};

// The generators whose cases pkilint judges, and the pkilint tool for each.
constexpr std::pair<const char*, const char*> kGenerators[] = {
    {"# made by: tools/make_lint_cases_smime.py", "lint_cabf_smime_cert"},
    {"# made by: tools/make_lint_cases_br_profiles.py", "lint_cabf_serverauth_cert"},
};

std::vector<SmimeCase> LoadSmimeCases() {
  std::vector<SmimeCase> out;
  fs::path root = fs::path(CAIR_SOURCE_DIR) / "testdata/lints";
  if (!fs::exists(root)) return out;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    if (!e.is_regular_file() || e.path().extension() != ".pem") continue;
    SmimeCase c{e.path().parent_path().filename().string(), e.path().stem().string(), e.path().string(), "", "", "", ""};
    std::ifstream in(e.path());
    std::string line;
    while (std::getline(in, line)) {
      if (line.rfind("#", 0) != 0) {
        c.pem += line + "\n";
        continue;
      }
      if (line.rfind("# expect: ", 0) == 0) c.expect = line.substr(10);
      if (line.rfind("# cert-type: ", 0) == 0) c.cert_type = line.substr(13);
      for (const auto& [marker, tool] : kGenerators)
        if (line == marker) c.tool = tool;
    }
    if (!c.tool.empty()) out.push_back(c);
  }
  std::sort(out.begin(), out.end(), [](const SmimeCase& a, const SmimeCase& b) { return a.path < b.path; });
  return out;
}

void PrintTo(const SmimeCase& c, std::ostream* os) { *os << c.path; }

struct PkilintRun {
  bool ran = false;      // the interpreter and pkilint's modules loaded
  bool linted = false;   // pkilint read the certificate and ran its validators
  std::string output;
  std::set<std::string> codes;  // findings of severity NOTICE and above
};

// pkilint's `lint` arguments for a case: its declared type as pkilint names
// it, else detection.
std::string PkilintLintArgs(const SmimeCase& c) {
  if (c.cert_type.empty()) return "lint -d";
  for (const auto& t : lints::br_profile::DeclaredTypes())
    if (c.cert_type == t.name && *t.pkilint) return std::string("lint -t ") + t.pkilint;
  return "lint -d";  // "auto" or unknown: the test of the case itself fails on it
}

// pkilint's output for every case, one Python process per tool and type
// (tests/tools/pkilint_batch.py runs the tool's main() on each file, so the
// output is what `pkilint TOOL lint -d FILE` prints). Cases are written to
// temporary files without their header lines. Keyed by the case's path; a
// case missing from the map means pkilint did not start, and `failure` says why.
struct BatchOutputs {
  std::map<std::string, std::string> by_case;
  std::string failure;
};

std::string RunCommand(const std::string& cmd) {
  std::string out;
  FILE* p = ::popen(cmd.c_str(), "r");
  if (!p) return out;
  std::array<char, 65536> buf;
  size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  ::pclose(p);
  return out;
}

const BatchOutputs& PkilintOutputs() {
  static const BatchOutputs outputs = [] {
    BatchOutputs b;
    const fs::path dir = fs::temp_directory_path() / ("cair_pkilint_oracle_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    // (tool, lint arguments) -> (tmp, case)
    std::map<std::pair<std::string, std::string>, std::vector<std::pair<std::string, std::string>>> files_by_tool;
    size_t i = 0;
    for (const auto& c : LoadSmimeCases()) {
      fs::path tmp = dir / (std::to_string(i++) + ".pem");
      std::ofstream(tmp) << c.pem;
      files_by_tool[{c.tool, PkilintLintArgs(c)}].emplace_back(tmp.string(), c.path);
    }
    for (const auto& [run, files] : files_by_tool) {
      const auto& [tool, args] = run;
      std::string cmd = "PYTHONPATH=" + (kPeers / "lib/pkilint-site").string() + " /usr/bin/python3 " +
                        (fs::path(CAIR_SOURCE_DIR) / "tests/tools/pkilint_batch.py").string() + " " + tool +
                        " " + args + " --";
      std::map<std::string, std::string> case_of;
      for (const auto& [tmp, path] : files) {
        cmd += " " + tmp;
        case_of[tmp] = path;
      }
      const std::string out = RunCommand(cmd + " 2>&1");
      size_t pos = 0;
      bool any = false;
      while ((pos = out.find("==== begin ", pos)) != std::string::npos) {
        const size_t eol = out.find('\n', pos);
        if (eol == std::string::npos) break;
        const std::string tmp = out.substr(pos + 11, eol - pos - 11);
        const size_t end = out.find("==== end " + tmp, eol);
        if (end == std::string::npos) break;
        if (auto it = case_of.find(tmp); it != case_of.end()) {
          b.by_case[it->second] = out.substr(eol + 1, end - eol - 1);
          any = true;
        }
        pos = end;
      }
      if (!any) b.failure += tool + " " + args + ": " + out.substr(0, 2000) + "\n";
    }
    fs::remove_all(dir);
    return b;
  }();
  return outputs;
}

// pkilint's findings on one case, read from its plain-text report.
PkilintRun RunPkilint(const SmimeCase& c) {
  PkilintRun run;
  const BatchOutputs& outputs = PkilintOutputs();
  auto it = outputs.by_case.find(c.path);
  run.ran = !outputs.by_case.empty();  // empty: pkilint did not start at all
  if (it == outputs.by_case.end()) {
    run.output = outputs.failure.empty() ? "pkilint printed nothing for this case" : outputs.failure;
    return run;
  }
  run.output = it->second;
  // "    cabf.smime.prohibited_attribute (ERROR): Prohibited attribute: ..."
  static const std::regex kFinding(R"(^\s+(\S+) \((FATAL|ERROR|WARNING|NOTICE)\))");
  std::istringstream lines(run.output);
  std::string line;
  while (std::getline(lines, line)) {
    std::smatch m;
    if (std::regex_search(line, m, kFinding)) run.codes.insert(m[1]);
    if (line.find("Validator @ ") != std::string::npos) run.linted = true;
  }
  return run;
}

std::vector<std::string> PkilintPeers(const lint::Metadata& m) {
  std::vector<std::string> out;
  for (const auto& p : lint::PeerCodes(m))
    if (p.linter == "pkilint") out.emplace_back(p.code);
  return out;
}

class SmimeOracle : public testing::TestWithParam<SmimeCase> {};

TEST_P(SmimeOracle, PkilintReportsThePeerCodeExactlyOnViolations) {
  const SmimeCase& c = GetParam();
  if (!fs::exists(kPkilint)) GTEST_SKIP() << "pkilint not found at " << kPkilint << " (../shared/peers absent)";
  const auto* reg = lint::Registry::Global().Find(c.lint);
  ASSERT_TRUE(reg) << "no lint named " << c.lint;
  const std::vector<std::string> peers = PkilintPeers(*reg->metadata);
  ASSERT_FALSE(peers.empty()) << c.lint << " records no pkilint peer code";
  PkilintRun run = RunPkilint(c);
  if (!run.ran) GTEST_SKIP() << "pkilint cannot run here (missing python3-dateutil/python3-iso3166?): " << run.output;
  ASSERT_TRUE(run.linted) << c.path << ": pkilint did not lint the certificate\n" << run.output;
  size_t reported = 0;
  for (const auto& code : peers) reported += run.codes.count(code);
  // A notice lint (n_) reports its finding as info, as the peer differential
  // test counts it (tests/peer_differential_test.cc).
  const bool violates =
      c.expect == "error" || c.expect == "warn" || (c.expect == "info" && c.lint.starts_with("n_"));
  if (!violates)
    EXPECT_EQ(reported, 0u) << c.path << ": pkilint reports the peer code on a case that does not violate the lint\n" << run.output;
  else
    EXPECT_GE(reported, 1u) << c.path << ": pkilint does not report any of the peer codes on a violating case\n"
                            << run.output;
}

INSTANTIATE_TEST_SUITE_P(Generated, SmimeOracle, testing::ValuesIn(LoadSmimeCases()),
                         [](const testing::TestParamInfo<SmimeCase>& info) {
                           return info.param.lint + "__" + info.param.name;
                         });

// The generator must have produced cases; an empty suite would pass vacuously.
TEST(SmimeOracle, GeneratedCasesExist) {
  std::set<std::string> tools;
  for (const auto& c : LoadSmimeCases()) tools.insert(c.tool);
  EXPECT_EQ(tools.size(), std::size(kGenerators)) << "each generator must have produced cases";
}

}  // namespace
}  // namespace cair
