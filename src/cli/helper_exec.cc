#include "cli/helper_exec.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "cli/exit_codes.h"

namespace cair::cli {
namespace {

std::string SelfPath() {
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  return n > 0 ? std::string(buf, static_cast<size_t>(n)) : std::string();
}

std::string Dirname(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace

std::vector<std::string> HelperCandidates(const std::string& self, const char* env_dir) {
  if (env_dir && *env_dir) return {std::string(env_dir) + "/" + kFullProgram};
  std::string dir = Dirname(self);
  return {dir + "/" + kFullProgram, dir + "/../libexec/cair/" + kFullProgram};
}

bool FrontHandles(const std::vector<std::string>& args) {
  if (args.empty()) return false;
  return args[0] == "lint" || (args.size() == 1 && args[0] == "--version");
}

int ExecFullProgram(char** argv) {
  std::string self = SelfPath();
  const char* env_dir = std::getenv(kHelperDirVariable);
  std::string tried;
  for (const auto& path : HelperCandidates(self, env_dir)) {
    execv(path.c_str(), argv);
    tried += "\n  " + path + ": " + std::strerror(errno);
  }
  std::string command = argv[1] ? argv[1] : "";
  std::fprintf(stderr,
               "cair: %s%s%s needs the program %s, which could not be started:%s\n"
               "cair: `cair lint` and `cair --version` work without it; reinstall cair, or set %s "
               "to the directory holding %s.\n",
               command.empty() ? "this command line" : "`cair ", command.c_str(), command.empty() ? "" : "`",
               kFullProgram, tried.c_str(), kHelperDirVariable, kFullProgram);
  return kExitUsage;
}

}  // namespace cair::cli
