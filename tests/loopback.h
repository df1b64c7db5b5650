// File: tests/loopback.h
// A TCP connection to 127.0.0.1:PORT for the server tests that speak raw
// bytes (malformed requests, idle and stalled clients).
#ifndef CAIR_TESTS_LOOPBACK_H_
#define CAIR_TESTS_LOOPBACK_H_

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdint>

namespace cair::testing_util {

// The connected descriptor, or -1.
inline int ConnectLoopback(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return -1;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

}  // namespace cair::testing_util

#endif  // CAIR_TESTS_LOOPBACK_H_
