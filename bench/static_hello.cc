// static_hello: the least a C++ program built on this machine can cost to
// start (statically linked, no dynamic loader, no libraries to map): prints
// "hello" with one write(2). bench/startup_bench.sh spawns it beside
// /bin/true to show the floor of process creation.
#include <unistd.h>

int main() {
  static const char kText[] = "hello\n";
  return write(1, kText, sizeof kText - 1) == static_cast<ssize_t>(sizeof kText - 1) ? 0 : 1;
}
