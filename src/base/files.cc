#include "base/files.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace cair::base {

StatusOr<std::string> ReadFile(const std::string& path) {
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError("cannot open " + path + (errno ? std::string(": ") + std::strerror(errno) : ""));
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return DataLossError("cannot read " + path);
  return ss.str();
}

std::optional<std::string> ReadWholeFile(const std::string& path, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = path + ": cannot open";
    return std::nullopt;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    *error = path + ": read error";
    return std::nullopt;
  }
  return ss.str();
}

}  // namespace cair::base
