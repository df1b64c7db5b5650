// cair's front executable (cli/helper_exec.h): `cair lint` and
// `cair --version` run here, in a process that loads only the lint engine;
// every other command line is handed to cair-full (src/cli/main.cc).
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/helper_exec.h"

// The end of the executable's data and of its zero-initialised data (.bss),
// as the GNU linker defines them.
extern "C" char __bss_start[], _end[];

namespace {

// How much heap `cair lint` of one certificate grows to (~400 KiB: the C
// library's arena at the end of a run).
constexpr size_t kLintHeapBytes = 384 << 10;

// Writes to every page of [begin, end) at once (MADV_POPULATE_WRITE, Linux
// 5.14), instead of taking one page fault per 4 KiB page on first touch
// (on the 2-core VM of README "Start-up", ~20 us a fault against ~1.2 us a
// populated page). On an older kernel madvise fails (EINVAL) and the pages
// fault in as before.
void Populate(uintptr_t begin, uintptr_t end) {
#ifdef MADV_POPULATE_WRITE
  begin &= ~uintptr_t{4095};
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_POPULATE_WRITE);
#endif
}

// `cair lint`'s heap and .bss in one step rather than page by page (~50
// page faults of a one-certificate run; 5% of its CPU time measured by
// bench/spawn_bench.cc). The heap is made to grow by kLintHeapBytes at once
// and keep that much when freed (M_TOP_PAD), so that the populated pages
// are the ones the run then uses.
void PrepareLintMemory() {
  mallopt(M_TOP_PAD, static_cast<int>(kLintHeapBytes));
  void* held[8];
  int n = 0;
  while (n < 8 && mallinfo2().arena < kLintHeapBytes) held[n++] = std::malloc(96 << 10);  // below the mmap threshold
  while (n > 0) std::free(held[--n]);
  auto top = reinterpret_cast<uintptr_t>(sbrk(0));
  Populate(top - mallinfo2().arena, top);
  Populate(reinterpret_cast<uintptr_t>(__bss_start), reinterpret_cast<uintptr_t>(_end));
}

// `cair --version` (or zlint's `-version`), answered before anything else
// runs: this function is in .preinit_array, which the C library calls right
// after its own start-up and before any other initialiser of the executable
// (OpenSSL's CPU probe in .init, then the lint registry's 460 entries,
// iostream and std::locale, CLI11's validators), and the process exits
// without running them. The C library passes these functions main's
// arguments. The output is CLI11's (cair-full's), byte for byte. `cair lint`
// gets its memory ready here too, before the initialisers use it.
void StartFront(int argc, char** argv, char** /*envp*/) {
  if (argc >= 2 && std::strcmp(argv[1], "lint") == 0) PrepareLintMemory();
  if (argc != 2 || (std::strcmp(argv[1], "--version") != 0 && std::strcmp(argv[1], "-version") != 0)) return;
  static constexpr char kText[] = "cair " CAIR_VERSION "\n";
  const char* p = kText;
  size_t left = sizeof kText - 1;
  while (left > 0) {
    ssize_t n = write(STDOUT_FILENO, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;  // as cair-full: a closed stdout does not change the exit code
    p += n;
    left -= static_cast<size_t>(n);
  }
  _exit(cair::cli::kExitOk);
}

[[gnu::used, gnu::section(".preinit_array")]] void (*const kStartFront)(int, char**, char**) = StartFront;

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  args = cair::cli::TranslateZlintFlags(std::move(args));
  if (!cair::cli::FrontHandles(args)) return cair::cli::ExecFullProgram(argv);
  // The same application as cair-full's, holding only `lint`, so that
  // `cair lint --help` and its errors read the same in both.
  CLI::App app{
      "cair - lint certificates, CRLs and OCSP responses, and respond to CA compliance incidents.\n"
      "Run `cair COMMAND --help` for a command's options and examples."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "cair " CAIR_VERSION);
  int exit_code = cair::cli::kExitOk;
  cair::cli::AddLintCommand(app, &exit_code);
  std::reverse(args.begin(), args.end());
  try {
    app.parse(args);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : cair::cli::kExitUsage;
  }
  return exit_code;
}
