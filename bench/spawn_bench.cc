// spawn_bench: what starting one process costs, without a shell in between.
//
//   spawn_bench [--runs N] [--warmup W] [--stdin FILE] [--label TEXT] [--header]
//               -- PROGRAM [ARGS...]
//
// Starts PROGRAM W times untimed, then N times timed (posix_spawn, then
// wait4), one at a time; stdout and stderr go to /dev/null, stdin reads FILE
// (default /dev/null). For each run it records the wall time from just
// before posix_spawn to just after wait4 returns (CLOCK_MONOTONIC), the
// child's rusage: CPU time (user + system, the kernel's exact runtime of the
// child) and peak RSS, and its page faults as perf counts them (traps only;
// rusage would also count pages a program populates ahead with madvise;
// rusage's count is used where perf events are not allowed). Prints one line:
//
//   LABEL  median-wall  p90-wall  median-cpu  median-faults  median-peak-RSS
//
// Wall time depends on the machine's load; CPU time and page faults much
// less, so compare those when other work shares the machine. The floor of
// process creation is measured by running /bin/true (or a static
// executable) under the same harness, in the same run.
//
// Exit status: 0 when every run started and exited (any exit code: a lint
// with findings exits 1); 2 for a usage error; 3 when PROGRAM could not be
// started, was killed by a signal, or exited differently from one run to the
// next (a benchmark of a process that misbehaves measures nothing).
#include <fcntl.h>
#include <linux/perf_event.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

extern char** environ;

namespace {

struct Options {
  int runs = 20;
  int warmup = 2;
  std::string stdin_path = "/dev/null";
  std::string label;
  bool header = false;
  std::vector<char*> argv;  // PROGRAM ARGS... nullptr
};

struct Run {
  double wall_ms = 0;
  double cpu_ms = 0;
  double faults = 0;
  double peak_rss_mib = 0;
};

void Usage(FILE* out) {
  std::fputs(
      "usage: spawn_bench [--runs N] [--warmup W] [--stdin FILE] [--label TEXT] [--header] -- PROGRAM [ARGS...]\n"
      "Starts PROGRAM N times (after W untimed starts) with posix_spawn and wait4, stdout and stderr\n"
      "to /dev/null, and prints the median and 90th percentile of the wall time, and the medians of\n"
      "the child's CPU time, page faults and peak RSS.\n"
      "examples:\n"
      "  spawn_bench --runs 50 -- /bin/true                  # the floor of process creation\n"
      "  spawn_bench --runs 50 --label 'cair lint' -- build/cair lint cert.pem\n"
      "  spawn_bench --stdin cert.pem -- build/cair lint -   # the certificate on stdin\n",
      out);
}

bool ParseInt(const char* text, int min, int* out) {
  char* end = nullptr;
  errno = 0;
  long value = std::strtol(text, &end, 10);
  if (errno != 0 || end == text || *end != '\0' || value < min || value > 1000000) return false;
  *out = static_cast<int>(value);
  return true;
}

// Returns 0 when parsed, else the exit code to leave with.
int ParseOptions(int argc, char** argv, Options* options) {
  int i = 1;
  for (; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&](const char* name) -> const char* {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "spawn_bench: %s needs a value\n", name);
        return nullptr;
      }
      return argv[++i];
    };
    if (arg == "--") {
      ++i;
      break;
    }
    if (arg == "--help" || arg == "-h") {
      Usage(stdout);
      std::exit(0);
    }
    if (arg == "--header") {
      options->header = true;
    } else if (arg == "--runs" || arg == "--warmup") {
      const char* text = value(arg.c_str());
      int* target = arg == "--runs" ? &options->runs : &options->warmup;
      if (!text || !ParseInt(text, arg == "--runs" ? 1 : 0, target)) {
        std::fprintf(stderr, "spawn_bench: %s wants a whole number (%s at least), got '%s'\n", arg.c_str(),
                     arg == "--runs" ? "1" : "0", text ? text : "");
        return 2;
      }
    } else if (arg == "--stdin" || arg == "--label") {
      const char* text = value(arg.c_str());
      if (!text) return 2;
      (arg == "--stdin" ? options->stdin_path : options->label) = text;
    } else {
      std::fprintf(stderr, "spawn_bench: unknown option '%s' (the program to start comes after --)\n", arg.c_str());
      Usage(stderr);
      return 2;
    }
  }
  if (i >= argc) {
    if (options->header) return 0;
    std::fputs("spawn_bench: no program given (after --)\n", stderr);
    Usage(stderr);
    return 2;
  }
  options->argv.assign(argv + i, argv + argc);
  options->argv.push_back(nullptr);
  if (options->label.empty()) {
    for (int j = i; j < argc; ++j) {
      if (j > i) options->label.push_back(' ');
      options->label.append(argv[j]);
    }
  }
  return 0;
}

// A page-fault counter for this process and, inherited, the children it
// starts from now on: a child's count is added to it when the child exits.
// -1 when perf events are not available (perf_event_paranoid, a container).
int OpenFaultCounter() {
  perf_event_attr attr{};
  attr.size = sizeof attr;
  attr.type = PERF_TYPE_SOFTWARE;
  attr.config = PERF_COUNT_SW_PAGE_FAULTS;
  attr.inherit = 1;
  attr.exclude_hv = 1;
  return static_cast<int>(syscall(SYS_perf_event_open, &attr, 0, -1, -1, 0));
}

// The counter's value, or -1.
long long ReadCounter(int fd) {
  long long value = 0;
  if (fd < 0 || read(fd, &value, sizeof value) != static_cast<ssize_t>(sizeof value)) return -1;
  return value;
}

double Seconds(const timeval& tv) { return static_cast<double>(tv.tv_sec) + static_cast<double>(tv.tv_usec) / 1e6; }

double NowMs() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// One start of the program; false (after saying why) when it could not be
// started or did not exit normally. `status` receives the exit code.
bool SpawnOnce(const Options& options, const posix_spawn_file_actions_t& actions, int fault_counter, Run* run,
               int* status) {
  pid_t pid = 0;
  rusage usage{};
  int wait_status = 0;
  long long faults_before = ReadCounter(fault_counter);
  double t0 = NowMs();
  int rc = posix_spawnp(&pid, options.argv[0], &actions, nullptr, options.argv.data(), environ);
  if (rc != 0) {
    std::fprintf(stderr, "spawn_bench: cannot start %s: %s\n", options.argv[0], std::strerror(rc));
    return false;
  }
  pid_t waited;
  do {
    waited = wait4(pid, &wait_status, 0, &usage);
  } while (waited < 0 && errno == EINTR);
  double t1 = NowMs();
  if (waited != pid) {
    std::fprintf(stderr, "spawn_bench: waiting for %s: %s\n", options.argv[0], std::strerror(errno));
    return false;
  }
  if (!WIFEXITED(wait_status)) {
    std::fprintf(stderr, "spawn_bench: %s was killed by signal %d\n", options.argv[0], WTERMSIG(wait_status));
    return false;
  }
  *status = WEXITSTATUS(wait_status);
  run->wall_ms = t1 - t0;
  run->cpu_ms = (Seconds(usage.ru_utime) + Seconds(usage.ru_stime)) * 1e3;
  long long faults_after = ReadCounter(fault_counter);
  run->faults = faults_before >= 0 && faults_after >= faults_before
                    ? static_cast<double>(faults_after - faults_before)
                    : static_cast<double>(usage.ru_minflt + usage.ru_majflt);
  run->peak_rss_mib = static_cast<double>(usage.ru_maxrss) / 1024.0;
  return true;
}

// Nearest-rank percentile of `values` (0 < p <= 100); the median averages
// the two middle values of an even count.
double Percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  size_t n = values.size();
  if (p == 50 && n % 2 == 0) return (values[n / 2 - 1] + values[n / 2]) / 2;
  size_t rank = static_cast<size_t>(p / 100.0 * static_cast<double>(n) + 0.999999);
  return values[std::clamp<size_t>(rank, 1, n) - 1];
}

template <typename Field>
std::vector<double> Column(const std::vector<Run>& runs, Field field) {
  std::vector<double> out;
  for (const Run& r : runs) out.push_back(r.*field);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (int rc = ParseOptions(argc, argv, &options); rc != 0) return rc;
  if (options.header) {
    std::printf("%-40s %10s %10s %10s %7s %9s\n", "command", "wall med", "wall p90", "CPU med", "faults",
                "peak RSS");
    if (options.argv.empty()) return 0;
  }
  if (access(options.stdin_path.c_str(), R_OK) != 0) {
    std::fprintf(stderr, "spawn_bench: cannot read --stdin %s: %s\n", options.stdin_path.c_str(),
                 std::strerror(errno));
    return 2;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, options.stdin_path.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);

  int fault_counter = OpenFaultCounter();
  std::vector<Run> runs;
  int first_status = -1;
  for (int i = 0; i < options.warmup + options.runs; ++i) {
    Run run;
    int status = 0;
    if (!SpawnOnce(options, actions, fault_counter, &run, &status)) return 3;
    if (first_status < 0) first_status = status;
    if (status != first_status) {
      std::fprintf(stderr, "spawn_bench: %s exited %d, then %d: not the same work every run\n", options.argv[0],
                   first_status, status);
      return 3;
    }
    if (i >= options.warmup) runs.push_back(run);
  }
  posix_spawn_file_actions_destroy(&actions);
  if (fault_counter >= 0) close(fault_counter);

  std::printf("%-40s %7.2f ms %7.2f ms %7.2f ms %7.0f %5.1f MiB\n", options.label.c_str(),
              Percentile(Column(runs, &Run::wall_ms), 50), Percentile(Column(runs, &Run::wall_ms), 90),
              Percentile(Column(runs, &Run::cpu_ms), 50), Percentile(Column(runs, &Run::faults), 50),
              Percentile(Column(runs, &Run::peak_rss_mib), 50));
  return 0;
}
