// End-to-end tests of the tacitus command: run the built binary on files
// written here and check what a user sees (exit status, messages naming
// file:line, output structure). What exactly gets coded is the coder's
// business, so these tests check structure, not particular events.
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <simdjson.h>

#include "test_files.h"

namespace {

namespace fs = std::filesystem;
using tacitus::testing_util::Lines;
using tacitus::testing_util::ReadFile;

struct Result {
  int status = -1;
  std::string out;
  std::string err;
};

size_t Columns(const std::string& line) {
  return static_cast<size_t>(std::count(line.begin(), line.end(), '\t')) + 1;
}

std::string Quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

const char kGood1[] =
    R"({"id":"good-1","date":"2025-09-02","title":"Xi welcomes Putin to Beijing",)"
    R"("text":"Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Tuesday."})";
const char kGood2[] =
    R"({"id":"good-2","date":"2025-09-03","text":"Russia accused Ukraine of attacking a power plant."})";

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = tacitus::testing_util::FreshTestDir("tacitus_cli_test_"); }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& content) {
    return tacitus::testing_util::WriteFile(dir_ / name, content);
  }

  // Runs `tacitus ARGS` (a shell-quoted string), stdin from `input` if given.
  Result Run(const std::string& args, const std::string& input = "") {
    fs::path out = dir_ / "stdout", err = dir_ / "stderr";
    std::string cmd = Quote(TACITUS_BINARY) + " " + args;
    if (!input.empty()) cmd += " < " + Quote(input);
    cmd += " > " + Quote(out.string()) + " 2> " + Quote(err.string());
    int raw = std::system(cmd.c_str());
    Result r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.out = ReadFile(out);
    r.err = ReadFile(err);
    return r;
  }

  // A file with one record of every kind of trouble between two good ones.
  std::string BadFile() {
    std::string content = std::string(kGood1) + "\n" +                                        // 1
                          R"({"id":"broken","date":"2025-09-02","text":"unterminated)" "\n" +  // 2
                          "{\"id\":\"utf\",\"date\":\"2025-09-02\",\"text\":\"bad \xC3\x28\"}\n" +  // 3
                          R"({"id":"notext","date":"2025-09-02"})" "\n" +                      // 4
                          R"({"id":"nodate","text":"Russia met China."})" "\n" +               // 5
                          HugeLine() + "\n" +                                                 // 6
                          std::string("\x7f" "ELF\0\0\0\x01\x02junk", 13) + "\n" +             // 7
                          kGood2 + "\n";                                                       // 8
    return Write("bad.jsonl", content);
  }
  static std::string HugeLine() {
    return R"({"id":"huge","date":"2025-09-02","text":")" + std::string(10'000'000, 'a') + "\"}";
  }

  fs::path dir_;
};

TEST_F(CliTest, BadRecordsAreReportedAndTheRestIsCoded) {
  std::string path = BadFile();
  std::string missing = (dir_ / "no-such-file.jsonl").string();
  Result r = Run("code " + Quote(path) + " " + Quote(missing));
  EXPECT_EQ(r.status, 1) << r.err;
  for (int line : {2, 3, 4, 5, 6, 7}) {
    EXPECT_NE(r.err.find(path + ":" + std::to_string(line) + ": error: "), std::string::npos)
        << "line " << line << "\n" << r.err.substr(0, 2000);
  }
  EXPECT_NE(r.err.find(path + ":3: error: invalid UTF-8 at byte"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(path + ":4: error: record 'notext' has no text and no title"), std::string::npos);
  EXPECT_NE(r.err.find(path + ":5: error: record 'nodate' has no date; give --date"),
            std::string::npos);
  EXPECT_NE(r.err.find(path + ":6: error: record of " + std::to_string(HugeLine().size()) +
                       " bytes exceeds the limit of"),
            std::string::npos) << r.err.substr(0, 2000);
  EXPECT_NE(r.err.find(missing + ": error: cannot open"), std::string::npos);
  EXPECT_EQ(r.err.find(path + ":1:"), std::string::npos);
  EXPECT_EQ(r.err.find(path + ":8:"), std::string::npos);
  EXPECT_NE(r.err.find("coded 2 articles"), std::string::npos) << r.err.substr(0, 2000);
  EXPECT_NE(r.err.find("6 records skipped, 1 files unreadable"), std::string::npos);
  // Whatever was coded is well-formed JSON Lines from the good records.
  simdjson::dom::parser parser;
  for (const std::string& line : Lines(r.out)) {
    simdjson::dom::element e;
    ASSERT_EQ(parser.parse(line).get(e), simdjson::SUCCESS) << line;
    std::string_view id = e["article_id"];
    EXPECT_TRUE(id == "good-1" || id == "good-2") << id;
  }
}

TEST_F(CliTest, StrictStopsAtTheFirstError) {
  std::string path = BadFile();
  Result r = Run("code --strict " + Quote(path));
  EXPECT_EQ(r.status, 2) << r.err;
  EXPECT_NE(r.err.find(path + ":2: error: broken JSON"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find(path + ":3:"), std::string::npos) << r.err;  // stopped before
  EXPECT_NE(r.err.find("--strict"), std::string::npos);
}

TEST_F(CliTest, DefaultDateCodesUndatedRecords) {
  std::string path = Write("undated.jsonl", R"({"id":"u","text":"Russia met China."})" "\n");
  Result r = Run("code --date 2024-02-29 " + Quote(path));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("coded 1 articles"), std::string::npos) << r.err;
  Result quiet = Run("code --quiet --date 2024-02-29 " + Quote(path));
  EXPECT_EQ(quiet.status, 0);
  EXPECT_EQ(quiet.err, "");
  EXPECT_EQ(quiet.out, r.out);
}

TEST_F(CliTest, StandardInputAndTextFiles) {
  std::string input = Write("in.jsonl", std::string(kGood1) + "\n" + kGood2 + "\n");
  Result r = Run("code -", input);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("coded 2 articles"), std::string::npos) << r.err;
  std::string text = Write("article.txt", "Chinese President Xi Jinping met Vladimir Putin.\n");
  Result t = Run("code --date 2025-09-02 " + Quote(text));
  EXPECT_EQ(t.status, 0) << t.err;
  EXPECT_NE(t.err.find("coded 1 articles"), std::string::npos) << t.err;
  Result undated = Run("code " + Quote(text));
  EXPECT_EQ(undated.status, 1);
  EXPECT_NE(undated.err.find(text + ":1: error: record '" + text + "' has no date"),
            std::string::npos) << undated.err;
}

TEST_F(CliTest, UsageErrorsExitTwo) {
  std::string path = Write("a.jsonl", std::string(kGood1) + "\n");
  EXPECT_EQ(Run("code --format xml " + Quote(path)).status, 2);
  EXPECT_EQ(Run("code").status, 2);
  Result bad_date = Run("code --date 2021-02-30 " + Quote(path));
  EXPECT_EQ(bad_date.status, 2);
  EXPECT_NE(bad_date.err.find("2021-02-30"), std::string::npos);
  EXPECT_EQ(Run("frobnicate").status, 2);
  EXPECT_EQ(Run("code --data " + Quote((dir_ / "nowhere").string()) + " " + Quote(path)).status, 2);
}

TEST_F(CliTest, GdeltHasSixtyOneColumns) {
  std::string path = Write("a.jsonl", std::string(kGood1) + "\n" + kGood2 + "\n");
  std::vector<std::string> inputs = {path};
  std::string example = std::string(TACITUS_SHARED_DIR) + "/examples/xi-putin-2025-09-02.jsonl";
  if (fs::exists(example)) inputs.push_back(example);
  std::string args = "code --format gdelt --all";
  for (const std::string& in : inputs) args += " " + Quote(in);
  Result r = Run(args);
  EXPECT_EQ(r.status, 0) << r.err;
  std::vector<std::string> lines = Lines(r.out);
  if (fs::exists(example)) {
    EXPECT_GT(lines.size(), 0u) << "the acceptance article gave no events";
  }
  for (const std::string& line : lines) EXPECT_EQ(Columns(line), 61u) << line;
}

TEST_F(CliTest, OtherFormatsAreWellFormed) {
  std::string path = Write("a.jsonl", std::string(kGood1) + "\n" + kGood2 + "\n");
  Result table = Run("code --format table " + Quote(path));
  EXPECT_EQ(table.status, 0) << table.err;
  std::vector<std::string> rows = Lines(table.out);
  ASSERT_GE(rows.size(), 1u);
  EXPECT_EQ(rows[0].find("date"), 0u);
  EXPECT_NE(rows[0].find("sentence"), std::string::npos);
  Result plover = Run("code --format plover --all " + Quote(path));
  EXPECT_EQ(plover.status, 0) << plover.err;
  simdjson::dom::parser parser;
  for (const std::string& line : Lines(plover.out)) {
    simdjson::dom::element e;
    ASSERT_EQ(parser.parse(line).get(e), simdjson::SUCCESS) << line;
    EXPECT_EQ(e["event"].get_array().size(), 1u);
  }
}

TEST_F(CliTest, ThreadsDoNotChangeTheOutput) {
  std::string sample = std::string(TACITUS_SHARED_DIR) + "/corpora/sample_1mb.jsonl";
  if (!fs::exists(sample)) GTEST_SKIP() << sample << " is absent";
  Result one = Run("code --quiet --date 2000-01-01 --threads 1 " + Quote(sample));
  Result two = Run("code --quiet --date 2000-01-01 --threads 2 " + Quote(sample));
  EXPECT_EQ(one.status, 0) << one.err.substr(0, 2000);
  EXPECT_EQ(two.status, 0) << two.err.substr(0, 2000);
  EXPECT_EQ(one.out.size(), two.out.size());
  EXPECT_TRUE(one.out == two.out) << "--threads 2 output differs from --threads 1";
}

TEST_F(CliTest, ExplainPrintsTheSentence) {
  Result r = Run("explain --date 2025-09-02 Xi Jinping met Vladimir Putin in Beijing.");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Xi Jinping met Vladimir Putin in Beijing."), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("tokens:"), std::string::npos) << r.out;
  std::string input = Write("text.txt", "Russia accused Ukraine of shelling.");
  Result from_stdin = Run("explain -", input);
  EXPECT_EQ(from_stdin.status, 0) << from_stdin.err;
  EXPECT_NE(from_stdin.out.find("Russia accused Ukraine of shelling."), std::string::npos);
  EXPECT_NE(from_stdin.err.find("no --date"), std::string::npos) << from_stdin.err;
}

TEST_F(CliTest, Version) {
  Result r = Run("--version");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out.rfind("tacitus ", 0), 0u) << r.out;
}

}  // namespace
