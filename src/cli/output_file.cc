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

OutputFile::FdBuf::FdBuf() { setp(buf_, buf_ + sizeof buf_); }

bool OutputFile::FdBuf::Drain() {
  const std::string chunk(pbase(), static_cast<size_t>(pptr() - pbase()));
  setp(buf_, buf_ + sizeof buf_);
  if (error) return false;
  if (chunk.empty()) return true;
  if (WriteAll(fd, chunk)) return true;
  error = errno ? errno : EIO;
  return false;
}

OutputFile::FdBuf::int_type OutputFile::FdBuf::overflow(int_type c) {
  if (!Drain()) return traits_type::eof();
  if (c != traits_type::eof()) {
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
  }
  return traits_type::not_eof(c);
}

OutputFile::OutputFile() : out_(&buf_) {}

OutputFile::~OutputFile() {
  if (buf_.fd >= 0) ::close(buf_.fd);
  if (!committed_ && !tmp_.empty()) ::unlink(tmp_.c_str());
}

std::string OutputFile::WriteError() const { return buf_.error ? path_ + ": " + std::strerror(buf_.error) : ""; }

bool OutputFile::Open(const std::string& path, std::string* error) {
  path_ = path;
  struct stat st {};
  const bool in_place = ::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode);
  tmp_ = in_place ? "" : path + ".tmp-" + std::to_string(::getpid());
  buf_.fd = in_place ? ::open(path.c_str(), O_WRONLY | O_CLOEXEC)
                     : ::open(tmp_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (buf_.fd < 0) {
    *error = path + ": " + std::strerror(errno);
    tmp_.clear();
    return false;
  }
  return true;
}

bool OutputFile::Commit(std::string* error) {
  out_.flush();
  int e = buf_.error;
  if (!e && !tmp_.empty() && ::fsync(buf_.fd) != 0) e = errno;
  if (::close(buf_.fd) != 0 && !e) e = errno;
  buf_.fd = -1;
  if (!e && !tmp_.empty() && ::rename(tmp_.c_str(), path_.c_str()) != 0) e = errno;
  if (e) {
    *error = path_ + ": " + std::strerror(e);
    return false;  // the destructor removes the temporary
  }
  committed_ = true;
  return true;
}

}  // namespace cair::cli
