// `cair` is a front (lint, --version) and cair-full (everything else), behind
// one command line (src/cli/helper_exec.h): the two must agree on every
// output, the front must hand other commands over unchanged, load none of
// the workflow's libraries, and say clearly when cair-full is missing.
#include <elf.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "cli_util.h"

namespace fs = std::filesystem;
using cair::clitest::Cair;
using cair::clitest::CliRun;
using cair::clitest::RunProgram;

namespace {

CliRun Full(const std::string& args) { return RunProgram(CAIR_FULL_BINARY, args); }

void ExpectSame(const std::string& args) {
  CliRun front = Cair(args), full = Full(args);
  EXPECT_EQ(front.code, full.code) << args;
  EXPECT_EQ(front.out, full.out) << args;
  EXPECT_EQ(front.err, full.err) << args;
}

// A directory of its own holding a copy of the front (a copy, not a link:
// the front finds cair-full from its own resolved path).
struct FrontCopy {
  fs::path dir;
  FrontCopy() {
    dir = fs::temp_directory_path() / ("cair_front_test_" + std::to_string(getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir / "bin");
    fs::copy_file(CAIR_BINARY, dir / "bin" / "cair");
  }
  ~FrontCopy() { fs::remove_all(dir); }
  std::string Front() const { return (dir / "bin" / "cair").string(); }
};

TEST(Front, VersionIsTheFullProgramsVersion) {
  CliRun v = Cair("--version");
  EXPECT_EQ(v.code, 0);
  EXPECT_EQ(v.out.rfind("cair ", 0), 0u) << v.out;
  ExpectSame("--version");
  ExpectSame("-version");  // zlint's spelling
}

TEST(Front, LintResultsAreTheFullProgramsResults) {
  ExpectSame("lint samples/subscribers.pem");
  ExpectSame("lint --pretty samples/issuing-ca.crl.pem");
  ExpectSame("lint --summary samples/root-ca.pem samples/issuing-ca.pem samples/precert.pem");
  ExpectSame("lint -includeNames e_basic_constraints_not_critical samples/issuing-ca.pem");
  ExpectSame("lint --format der samples/good.tbs.der");
  ExpectSame("lint --list-lints-json");
  ExpectSame("lint --help");
}

TEST(Front, LintErrorsAreTheFullProgramsErrors) {
  ExpectSame("lint /nonexistent/cert.pem");
  ExpectSame("lint --include-names no_such_lint samples/issuing-ca.pem");
  ExpectSame("lint --no-such-flag");
}

TEST(Front, OtherCommandLinesRunInTheFullProgram) {
  ExpectSame("--help");
  ExpectSame("");
  ExpectSame("scan --help");
  ExpectSame("no-such-command");
  // The exit code and the messages of a command come through (its summary
  // line carries the elapsed time, so stdout differs).
  CliRun front = Cair("scan -q /nonexistent/corpus.pem"), full = Full("scan -q /nonexistent/corpus.pem");
  EXPECT_EQ(front.code, full.code);
  EXPECT_NE(front.err.find("/nonexistent/corpus.pem"), std::string::npos) << front.err;
  EXPECT_EQ(front.err, full.err);
}

// Whether the executable at `path` names a dynamic loader (PT_INTERP): a
// statically linked one maps no shared object at all.
bool HasProgramInterpreter(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  Elf64_Ehdr header{};
  in.read(reinterpret_cast<char*>(&header), sizeof header);
  EXPECT_TRUE(in && std::memcmp(header.e_ident, ELFMAG, SELFMAG) == 0 && header.e_ident[EI_CLASS] == ELFCLASS64)
      << path << " is not a 64-bit ELF executable";
  for (int i = 0; i < header.e_phnum; ++i) {
    Elf64_Phdr segment{};
    in.seekg(static_cast<std::streamoff>(header.e_phoff + i * header.e_phentsize));
    in.read(reinterpret_cast<char*>(&segment), sizeof segment);
    if (in && segment.p_type == PT_INTERP) return true;
  }
  return false;
}

TEST(Front, LoadsNoLibraryOfTheWorkflow) {
  // Linked fully statically (CAIR_FRONT_STATIC_LGPL, the default), the
  // front loads no shared object; the full program does.
  EXPECT_TRUE(HasProgramInterpreter(CAIR_FULL_BINARY));
  if (!HasProgramInterpreter(CAIR_BINARY)) return;
  // Otherwise the dynamic loader lists what it would map (ldd's mechanism).
  CliRun r = Cair("--version", "", "LD_TRACE_LOADED_OBJECTS=1");
  ASSERT_EQ(r.code, 0) << r.err;
  ASSERT_NE(r.out.find("libc.so"), std::string::npos) << r.out;
  for (const char* lib : {"libsqlite3", "libcurl", "libarchive", "libpq", "libssl", "libcpp-httplib", "libxml2"})
    EXPECT_EQ(r.out.find(lib), std::string::npos) << lib << " is loaded by the front:\n" << r.out;
}

TEST(Front, AMissingFullProgramIsAClearErrorAndLintStillWorks) {
  FrontCopy copy;
  CliRun r = RunProgram(copy.Front(), "scan samples/subscribers.pem", "", "env -u CAIR_LIBEXEC_DIR");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("`cair scan` needs the program cair-full"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find((copy.dir / "bin" / "cair-full").string()), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("CAIR_LIBEXEC_DIR"), std::string::npos) << r.err;
  CliRun lint = RunProgram(copy.Front(), "lint samples/subscribers.pem");
  EXPECT_EQ(lint.code, Cair("lint samples/subscribers.pem").code);
  EXPECT_EQ(lint.out, Cair("lint samples/subscribers.pem").out);
}

TEST(Front, FindsTheFullProgramInstalledOrThroughTheVariable) {
  FrontCopy copy;
  std::string dir = fs::path(CAIR_FULL_BINARY).parent_path().string();
  CliRun via_env = RunProgram(copy.Front(), "--help", "", "CAIR_LIBEXEC_DIR=" + dir);
  EXPECT_EQ(via_env.code, 0) << via_env.err;
  EXPECT_EQ(via_env.out, Full("--help").out);
  // bin/cair + libexec/cair/cair-full, as `cmake --install` lays them out.
  fs::create_directories(copy.dir / "libexec" / "cair");
  fs::create_symlink(CAIR_FULL_BINARY, copy.dir / "libexec" / "cair" / "cair-full");
  CliRun installed = RunProgram(copy.Front(), "--help", "", "env -u CAIR_LIBEXEC_DIR");
  EXPECT_EQ(installed.code, 0) << installed.err;
  EXPECT_EQ(installed.out, Full("--help").out);
}

}  // namespace
