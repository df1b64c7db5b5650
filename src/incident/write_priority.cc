#include "incident/write_priority.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <thread>

namespace cair::incident::internal {
namespace {

// One byte, shared by urgent writers, probed by bulk ones.
bool Lock(int fd, int cmd, short type) {
  struct flock l {};
  l.l_type = type;
  l.l_whence = SEEK_SET;
  l.l_start = 0;
  l.l_len = 1;
  int rc;
  do rc = fcntl(fd, cmd, &l);
  while (rc != 0 && errno == EINTR);
  return rc == 0;
}

}  // namespace

WritePriority::WritePriority(const std::string& store_path) {
  if (store_path.empty() || store_path == ":memory:" || store_path.rfind("file:", 0) == 0) return;
  fd_ = ::open((store_path + "-priority").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
}

WritePriority::~WritePriority() {
  if (fd_ >= 0) ::close(fd_);  // (closing drops the lock too)
}

void WritePriority::Announce() {
  if (fd_ < 0 || announced_) return;
  announced_ = Lock(fd_, F_OFD_SETLKW, F_RDLCK);
}

void WritePriority::Withdraw() {
  if (fd_ < 0 || !announced_) return;
  Lock(fd_, F_OFD_SETLK, F_UNLCK);
  announced_ = false;
}

bool WritePriority::UrgentWaiting() const {
  if (fd_ < 0) return false;
  struct flock l {};
  l.l_type = F_WRLCK;
  l.l_whence = SEEK_SET;
  l.l_start = 0;
  l.l_len = 1;
  if (fcntl(fd_, F_OFD_GETLK, &l) != 0) return false;
  return l.l_type != F_UNLCK;
}

void WritePriority::WaitUntilQuiet(std::chrono::milliseconds limit) const {
  const auto end = std::chrono::steady_clock::now() + limit;
  while (UrgentWaiting() && std::chrono::steady_clock::now() < end)
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
}

}  // namespace cair::incident::internal
