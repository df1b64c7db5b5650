// File: tests/browser_util.h
// Running a page test of tests/browser/ (node + playwright-core driving
// Debian's chromium) from a gtest: where playwright-core is, why the test
// must skip when a piece is missing, and the script's output.
#ifndef CAIR_TESTS_BROWSER_UTIL_H_
#define CAIR_TESTS_BROWSER_UTIL_H_

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace cair::browsertest {

// The directory whose node_modules holds playwright-core (scripts/deps.sh).
inline std::string PlaywrightDir() {
  if (const char* d = std::getenv("CAIR_PLAYWRIGHT_DIR")) return d;
  if (const char* c = std::getenv("XDG_CACHE_HOME")) return std::string(c) + "/cair-browser";
  return std::string(std::getenv("HOME") ? std::getenv("HOME") : "/tmp") + "/.cache/cair-browser";
}

// Why a browser test cannot run here, or "" when it can.
inline std::string SkipReason() {
  const char* chromium = std::getenv("CHROMIUM") ? std::getenv("CHROMIUM") : "/usr/bin/chromium";
  if (!std::filesystem::exists(chromium))
    return std::string(chromium) + " not installed (scripts/deps.sh installs Debian's chromium)";
  if (std::system("node --version >/dev/null 2>&1") != 0) return "Node.js not installed";
  if (!std::filesystem::exists(std::filesystem::path(PlaywrightDir()) / "node_modules/playwright-core"))
    return "playwright-core not in " + PlaywrightDir() + " (scripts/deps.sh installs it)";
  return "";
}

struct NodeRun {
  bool ok = false;  // exit 0
  std::string out;  // stdout and stderr
};

// `node SCRIPT ARGS` (ARGS already quoted for the shell).
inline NodeRun Node(const std::string& script, const std::string& args) {
  FILE* p = popen(("node " + script + " " + args + " 2>&1").c_str(), "r");
  NodeRun r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int status = pclose(p);
  r.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  return r;
}

}  // namespace cair::browsertest

#endif  // CAIR_TESTS_BROWSER_UTIL_H_
