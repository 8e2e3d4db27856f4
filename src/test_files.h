// Helpers for tests that work on real files: a fresh folder per test, and
// writing, reading and splitting file contents. Header-only, because the
// CMake glob puts every non-test src/*.cc into the library.
#ifndef TACITUS_SRC_TEST_FILES_H_
#define TACITUS_SRC_TEST_FILES_H_

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace tacitus {
namespace testing_util {

// TEMP/PREFIX_PID_TESTNAME, empty: the pid and test name keep parallel test
// processes (ctest -j) apart, and what a crashed run left is removed first.
// The test removes it in TearDown.
inline std::filesystem::path FreshTestDir(const std::string& prefix) {
  std::filesystem::path dir =
      std::filesystem::temp_directory_path() /
      (prefix + std::to_string(getpid()) + "_" +
       ::testing::UnitTest::GetInstance()->current_test_info()->name());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// Writes `content` byte for byte (folders created as needed); returns the path.
inline std::string WriteFile(const std::filesystem::path& path, const std::string& content) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The lines of `s` without their '\n'; no empty last line for a final '\n'.
inline std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> lines;
  std::istringstream in(s);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

}  // namespace testing_util
}  // namespace tacitus

#endif  // TACITUS_SRC_TEST_FILES_H_
