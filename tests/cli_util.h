// File: tests/cli_util.h
// Running the `cair` binary from end-to-end tests: exit code, stdout and
// stderr of one command line (run from the source tree, stdin from /dev/null).
#ifndef CAIR_TESTS_CLI_UTIL_H_
#define CAIR_TESTS_CLI_UTIL_H_

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace cair::clitest {

struct CliRun {
  int code;
  std::string out, err;
};

// `program` (a path) run with `args`; `env`: "NAME=value ..." assignments
// for the command's environment.
inline CliRun RunProgram(const std::string& program, const std::string& args, const std::string& stdin_file = "",
                         const std::string& env = "") {
  static int counter = 0;
  std::string err_path = std::filesystem::temp_directory_path() /
                         ("cair_cli_test_" + std::to_string(getpid()) + "_" + std::to_string(counter++));
  std::string cmd = std::string("cd ") + CAIR_SOURCE_DIR + " && " + env + (env.empty() ? "" : " ") + program + " " + args +
                    (stdin_file.empty() ? " </dev/null" : " <" + stdin_file) + " 2>" + err_path;
  CliRun r{};
  FILE* p = popen(cmd.c_str(), "r");
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int status = pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream e(err_path);
  std::stringstream ss;
  ss << e.rdbuf();
  r.err = ss.str();
  std::filesystem::remove(err_path);
  return r;
}

// `cair ARGS` (the binary under test).
inline CliRun Cair(const std::string& args, const std::string& stdin_file = "", const std::string& env = "") {
  return RunProgram(CAIR_BINARY, args, stdin_file, env);
}

// Runs a command that must succeed (a test failure naming it otherwise);
// returns its stdout without the last newline.
inline std::string CairOk(const std::string& args) {
  CliRun r = Cair(args);
  EXPECT_EQ(r.code, 0) << "cair " << args << "\n" << r.err << r.out;
  if (!r.out.empty() && r.out.back() == '\n') r.out.pop_back();
  return r.out;
}

inline std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string line;
  while (std::getline(ss, line)) out.push_back(line);
  return out;
}

inline std::string Slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace cair::clitest

#endif  // CAIR_TESTS_CLI_UTIL_H_
