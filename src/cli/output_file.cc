#include "cli/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace cair::cli {
namespace {

// Writes all of `text` to `fd`; errno on failure.
bool WriteAll(int fd, const std::string& text) {
  size_t done = 0;
  while (done < text.size()) {
    ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (n == 0) errno = EIO;
      return false;
    }
    done += static_cast<size_t>(n);
  }
  return true;
}

}  // namespace

bool WriteOutputFile(const std::string& path, const std::string& text, std::string* error) {
  auto fail = [&](const std::string& what) {
    *error = what + ": " + std::strerror(errno);
    return false;
  };
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return fail(path);
    const bool ok = WriteAll(fd, text);
    const int saved = errno;
    if (::close(fd) != 0 && ok) return fail(path);
    errno = saved;
    return ok || fail(path);
  }
  const std::string tmp = path + ".tmp-" + std::to_string(::getpid());
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return fail(path);
  if (!WriteAll(fd, text) || ::fsync(fd) != 0) {
    const int saved = errno;
    ::close(fd);
    ::unlink(tmp.c_str());
    errno = saved;
    return fail(path);
  }
  if (::close(fd) != 0 || ::rename(tmp.c_str(), path.c_str()) != 0) {
    const int saved = errno;
    ::unlink(tmp.c_str());
    errno = saved;
    return fail(path);
  }
  return true;
}

OutputFile::~OutputFile() {
  if (committed_ || tmp_.empty()) return;
  out_.close();
  ::unlink(tmp_.c_str());
}

bool OutputFile::Open(const std::string& path, std::string* error) {
  path_ = path;
  struct stat st {};
  const bool in_place = ::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode);
  tmp_ = in_place ? "" : path + ".tmp-" + std::to_string(::getpid());
  errno = 0;
  out_.open(in_place ? path : tmp_, std::ios::binary | std::ios::trunc);
  if (!out_) {
    *error = path + ": " + (errno ? std::strerror(errno) : "cannot open");
    return false;
  }
  return true;
}

bool OutputFile::Commit(std::string* error) {
  errno = 0;
  out_.flush();
  const bool written = static_cast<bool>(out_);
  const int saved = errno;
  out_.close();
  auto fail = [&](int e) {
    *error = path_ + ": " + (e ? std::strerror(e) : "write failed");
    if (!tmp_.empty()) ::unlink(tmp_.c_str());
    tmp_.clear();
    return false;
  };
  if (!written || out_.fail()) return fail(saved ? saved : errno);
  if (tmp_.empty()) return committed_ = true;
  int fd = ::open(tmp_.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    const int e = errno;
    if (fd >= 0) ::close(fd);
    return fail(e);
  }
  ::close(fd);
  if (::rename(tmp_.c_str(), path_.c_str()) != 0) return fail(errno);
  return committed_ = true;
}

}  // namespace cair::cli
