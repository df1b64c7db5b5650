// File: tests/store_fixture.h
// A CLI test with its own directory and incident store: `dir_` (removed
// afterwards), `db_` (" --db DIR/cair.db", appended to each command) and
// Ok(), which runs a command that must succeed and returns its stdout.
#ifndef CAIR_TESTS_STORE_FIXTURE_H_
#define CAIR_TESTS_STORE_FIXTURE_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "cli_util.h"

namespace cair::clitest {

class StoreTest : public ::testing::Test {
 protected:
  explicit StoreTest(const char* prefix) : prefix_(prefix) {}
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           (prefix_ + std::to_string(getpid()) + "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_ = " --db " + (dir_ / "cair.db").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  // Runs a command on this store that must succeed; its stdout without the last newline.
  std::string Ok(const std::string& args) { return CairOk(args + db_); }
  std::string prefix_;
  std::filesystem::path dir_;
  std::string db_;
};

}  // namespace cair::clitest

#endif  // CAIR_TESTS_STORE_FIXTURE_H_
