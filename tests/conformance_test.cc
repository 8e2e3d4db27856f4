// The peers' test suites, coded with their own dictionaries, must not score
// below conformance/floors.txt. Skips when ../shared is absent.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tacitus/conformance.h"
#include "tacitus/diagnostics.h"

namespace tacitus {
namespace {

TEST(ConformanceTest, ScoresStayAtOrAboveTheirFloors) {
  const std::string shared = TACITUS_SHARED_DIR;
  if (!std::filesystem::exists(shared + "/conformance/PETR.UnitTest.records.jsonl"))
    GTEST_SKIP() << shared << "/conformance not found: the peers' suites are not here";
  std::map<std::string, size_t> floors;
  ASSERT_TRUE(ReadFloors(std::string(TACITUS_SOURCE_DIR) + "/conformance/floors.txt", &floors).ok());
  ASSERT_FALSE(floors.empty());

  ConformanceOptions options;
  options.shared_dir = shared;
  options.data_dir = std::string(TACITUS_SOURCE_DIR) + "/data";
  Diagnostics diagnostics(nullptr);
  std::vector<SuiteResult> results;
  Status s = RunConformance(options, &diagnostics, &results);
  ASSERT_TRUE(s.ok()) << s.ToString();

  std::map<std::string, size_t> scores;
  for (const SuiteResult& r : results)
    for (const auto& [name, score] : r.Scores()) scores[name] = score;
  for (const auto& [name, floor] : floors) {
    ASSERT_TRUE(scores.count(name)) << "floors.txt names an unknown score: " << name;
    EXPECT_GE(scores[name], floor) << name << " fell below its floor; run `make conformance` "
                                   << "for the records that are no longer exact";
  }
}

TEST(ConformanceTest, ReadFloorsRejectsAMalformedLine) {
  std::string path = (std::filesystem::temp_directory_path() / "tacitus_floors_test.txt").string();
  {
    FILE* f = fopen(path.c_str(), "w");
    ASSERT_NE(f, nullptr);
    fputs("# comment\npetrarch2 10\ntabari ten\n", f);
    fclose(f);
  }
  std::map<std::string, size_t> floors;
  Status s = ReadFloors(path, &floors);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find(":3:"), std::string::npos) << s.message();
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace tacitus
