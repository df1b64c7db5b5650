// toml++'s compiled half, built into the front executable (cmake/front.cmake)
// in place of Debian's libtomlplusplus.so, which would bring the shared
// libstdc++ back into a process that links it statically. The same
// configuration as the shared library's (TOML_HEADER_ONLY=0), so that
// lint/config.cc's calls resolve here.
#define TOML_IMPLEMENTATION
#include <toml++/toml.h>
