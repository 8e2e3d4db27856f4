#include "tacitus/reader.h"


#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "test_files.h"

namespace tacitus {
namespace {

namespace fs = std::filesystem;

// A fresh folder per test, removed afterwards.
class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing_util::FreshTestDir("tacitus_reader_test_");
    messages_ = tmpfile();
  }
  void TearDown() override {
    fclose(messages_);
    fs::remove_all(dir_);
  }

  std::string Write(const std::string& name, const std::string& content) {
    return testing_util::WriteFile(dir_ / name, content);
  }

  // Reads every article from `paths`; messages land in messages_.
  std::vector<Article> ReadAll(const std::vector<std::string>& paths, ReaderOptions options = {},
                               ReaderStats* stats = nullptr) {
    Diagnostics diag(messages_);
    ArticleReader reader(paths, options, &diag);
    std::vector<Article> out;
    Article a;
    while (reader.Next(&a)) out.push_back(a);
    if (stats != nullptr) *stats = reader.stats();
    return out;
  }

  std::string Messages() {
    fflush(messages_);
    rewind(messages_);
    std::string s;
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, messages_)) > 0) s.append(buf, n);
    return s;
  }

  static ReaderOptions Dated() {
    ReaderOptions o;
    o.default_date = Date::FromYmd(2000, 1, 1);
    return o;
  }

  fs::path dir_;
  FILE* messages_ = nullptr;
};

TEST_F(ReaderTest, ReadsJsonLines) {
  std::string path = Write("a.jsonl",
                           R"({"id":"r1","date":"2025-09-02","source":"wire","url":"http://x",)"
                           R"("title":"Xi meets Putin","text":"Body one.","extra":[1,2]})"
                           "\n"
                           R"({"id":"r2","date":"2025-09-03T10:00:00Z","text":"Body \u00e9 two."})"
                           "\n");
  ReaderStats stats;
  std::vector<Article> got = ReadAll({path}, {}, &stats);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].id, "r1");
  EXPECT_EQ(got[0].date.ToIso(), "2025-09-02");
  EXPECT_EQ(got[0].source, "wire");
  EXPECT_EQ(got[0].url, "http://x");
  EXPECT_EQ(got[0].title, "Xi meets Putin");
  EXPECT_EQ(got[0].text, "Body one.");
  EXPECT_EQ(got[0].origin, path + ":1");
  EXPECT_EQ(got[1].date.ToIso(), "2025-09-03");
  EXPECT_EQ(got[1].text, "Body \xC3\xA9 two.");
  EXPECT_EQ(got[1].title, "");  // not left over from the first record
  EXPECT_EQ(got[1].origin, path + ":2");
  EXPECT_EQ(stats.records_read, 2u);
  EXPECT_EQ(stats.records_skipped, 0u);
  EXPECT_EQ(stats.bytes_read, fs::file_size(path));
  EXPECT_EQ(stats.bytes_total, fs::file_size(path));
  EXPECT_EQ(Messages(), "");
}

TEST_F(ReaderTest, ReportsAndSkipsBadRecords) {
  std::string path = Write(
      "bad.jsonl",
      std::string(R"({"id":"good1","date":"2025-01-01","text":"fine"})") + "\n" +  // 1
          R"({"id":"broken","text":"no closing brace")" + "\n" +                 // 2
          R"([1,2,3])" + "\n" +                                                  // 3
          "{\"id\":\"utf\",\"date\":\"2025-01-01\",\"text\":\"bad \xFF byte\"}\n" +  // 4
          R"({"id":"notext","date":"2025-01-01","title":"only a title"})" + "\n" +  // 5
          R"({"id":"empty","date":"2025-01-01","text":"   "})" + "\n" +          // 6
          R"({"id":"nodate","text":"undated"})" + "\n" +                         // 7
          R"({"id":"baddate","date":"2021-02-30","text":"x"})" + "\n" +          // 8
          std::string("{\"id\":\"bin\0ary\"}\n", 17) +                            // 9
          "\n" +                                                                 // 10 blank
          R"({"id":"num","date":"2025-01-01","text":3})" + "\n" +                // 11
          R"({"id":"surrogate","date":"2025-01-01","text":"\udc00"})" + "\n" +   // 12
          R"({"id":"good2","date":null,"text":"fine too","url":null})" + "\n");  // 13, no date
  ReaderStats stats;
  std::vector<Article> got = ReadAll({path}, {}, &stats);
  // A headline alone is coded.
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].id, "good1");
  EXPECT_EQ(got[1].id, "notext");
  EXPECT_EQ(got[1].title, "only a title");
  std::string m = Messages();
  EXPECT_NE(m.find(path + ":2: error: broken JSON"), std::string::npos) << m;
  EXPECT_NE(m.find(path + ":3: error: record is an array, not a JSON object"), std::string::npos) << m;
  EXPECT_NE(m.find(path + ":4: error: invalid UTF-8 at byte 44 of the record"), std::string::npos) << m;
  EXPECT_EQ(m.find(path + ":5:"), std::string::npos) << m;
  EXPECT_NE(m.find(path + ":6: error: record 'empty' has no text and no title"), std::string::npos) << m;
  EXPECT_NE(m.find(path + ":7: error: record 'nodate' has no date; give --date"), std::string::npos) << m;
  EXPECT_NE(m.find(path + ":8: error: record 'baddate' has no valid date ('2021-02-30')"), std::string::npos) << m;
  EXPECT_NE(m.find(path + ":9: error: binary data (NUL byte at byte 10)"), std::string::npos) << m;
  EXPECT_EQ(m.find(path + ":10:"), std::string::npos) << m;
  EXPECT_NE(m.find(path + ":11: error: record 'num': field 'text' must be a string"), std::string::npos) << m;
  EXPECT_NE(m.find(path + ":12: error:"), std::string::npos) << m;
  EXPECT_NE(m.find(path + ":13: error: record 'good2' has no date"), std::string::npos) << m;
  EXPECT_EQ(stats.records_read, 2u);
  EXPECT_EQ(stats.records_skipped, 10u);
}

TEST_F(ReaderTest, DefaultDateFillsMissingDatesAndWarnsOnBadOnes) {
  std::string path = Write("d.jsonl", R"({"text":"a","date":null})" "\n"
                                      R"({"text":"b"})" "\n"
                                      R"({"text":"c","date":"soon"})" "\n"
                                      R"({"id":17,"text":"d","date":"1987-02"})" "\n");
  std::vector<Article> got = ReadAll({path}, Dated());
  ASSERT_EQ(got.size(), 4u);
  EXPECT_EQ(got[0].date.ToIso(), "2000-01-01");
  EXPECT_EQ(got[0].id, path + ":1");  // no id: its origin
  EXPECT_EQ(got[1].date.ToIso(), "2000-01-01");
  EXPECT_EQ(got[2].date.ToIso(), "2000-01-01");
  EXPECT_EQ(got[3].id, "17");
  EXPECT_EQ(got[3].date.precision, DatePrecision::kMonth);
  EXPECT_NE(Messages().find(path + ":3: warning: record"), std::string::npos) << Messages();
}

TEST_F(ReaderTest, SkipsHugeLinesWithoutStopping) {
  ReaderOptions options = Dated();
  std::string huge = R"({"id":"huge","text":")" + std::string(10'000'000, 'x') + "\"}";
  std::string path = Write("huge.jsonl", R"({"id":"before","text":"a"})" "\n" + huge + "\n" +
                                             R"({"id":"after","text":"b"})");  // no final newline
  ReaderStats stats;
  std::vector<Article> got = ReadAll({path}, options, &stats);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].id, "before");
  EXPECT_EQ(got[1].id, "after");
  EXPECT_EQ(got[1].origin, path + ":3");
  std::string expected = path + ":2: error: record of " + std::to_string(huge.size()) +
                         " bytes exceeds the limit of " +
                         std::to_string(options.max_record_bytes) + " bytes";
  EXPECT_NE(Messages().find(expected), std::string::npos)
      << Messages();
  EXPECT_EQ(stats.records_skipped, 1u);
}

TEST_F(ReaderTest, LinesCrossingChunksAreWhole) {
  // Records of ~300 KB cross the 1 MiB read chunks at every possible place.
  std::string content;
  for (int i = 0; i < 12; ++i) {
    content += R"({"id":"r)" + std::to_string(i) + R"(","text":")" +
               std::string(300'000 + i * 7919, 'a' + i) + "\"}\n";
  }
  std::string path = Write("chunks.jsonl", content);
  std::vector<Article> got = ReadAll({path}, Dated());
  ASSERT_EQ(got.size(), 12u);
  for (int i = 0; i < 12; ++i) {
    EXPECT_EQ(got[i].id, "r" + std::to_string(i));
    EXPECT_EQ(got[i].text, std::string(300'000 + i * 7919, 'a' + i));
  }
  EXPECT_EQ(Messages(), "");
}

TEST_F(ReaderTest, SmallRecordLimit) {
  ReaderOptions options = Dated();
  options.max_record_bytes = 40;
  std::string path = Write("s.jsonl", R"({"text":"short"})" "\n"
                                      R"({"text":"this one is longer than forty bytes"})" "\n");
  std::vector<Article> got = ReadAll({path}, options);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_NE(Messages().find(path + ":2: error: record of 46 bytes exceeds the limit of 40 bytes"),
            std::string::npos)
      << Messages();
}

TEST_F(ReaderTest, TextFilesAndFolders) {
  Write("in/b.txt", "Second file.\n");
  Write("in/a.jsonl", R"({"id":"j1","text":"json"})" "\n");
  Write("in/sub/c", "No extension: text.");
  Write("in/skip.csv", "not read");
  Write("in/.hidden.txt", "not read");
  std::vector<Article> got = ReadAll({(dir_ / "in").string()}, Dated());
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].id, "j1");
  EXPECT_EQ(got[1].id, (dir_ / "in/b.txt").string());
  EXPECT_EQ(got[1].text, "Second file.\n");
  EXPECT_EQ(got[1].title, "");
  EXPECT_EQ(got[1].date.ToIso(), "2000-01-01");
  EXPECT_EQ(got[2].id, (dir_ / "in/sub/c").string());
}

TEST_F(ReaderTest, TextFileProblems) {
  std::string undated = Write("u.txt", "Some text.");
  std::string binary = Write("b.txt", std::string("abc\0def", 7));
  std::string bad = Write("bad.txt", "caf\xE9");
  std::string empty = Write("e.txt", "\n\n");
  ReaderStats stats;
  EXPECT_TRUE(ReadAll({undated}, {}, &stats).empty());
  EXPECT_NE(Messages().find(undated + ":1: error: record '" + undated + "' has no date"),
            std::string::npos);
  EXPECT_TRUE(ReadAll({binary, bad, empty}, Dated(), &stats).empty());
  std::string m = Messages();
  EXPECT_NE(m.find(binary + ":1: error: binary data (NUL byte at byte 3)"), std::string::npos) << m;
  EXPECT_NE(m.find(bad + ":1: error: invalid UTF-8 at byte 3"), std::string::npos) << m;
  EXPECT_NE(m.find(empty + ":1: error: record '" + empty + "' has no text"), std::string::npos) << m;
  EXPECT_EQ(stats.records_skipped, 3u);
}

TEST_F(ReaderTest, UnreadablePathsAreReportedAndSkipped) {
  std::string good = Write("g.jsonl", R"({"id":"g","text":"t"})" "\n");
  std::string missing = (dir_ / "missing.jsonl").string();
  ReaderStats stats;
  std::vector<Article> got = ReadAll({missing, good}, Dated(), &stats);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(stats.files_failed, 1u);
  EXPECT_NE(Messages().find(missing + ": error: cannot open"), std::string::npos) << Messages();
}

TEST_F(ReaderTest, StopAtFirstError) {
  std::string path = Write("s.jsonl", R"({"id":"a","text":"t"})" "\n"
                                      "not json\n"
                                      R"({"id":"b","text":"t"})" "\n"
                                      "not json either\n");
  std::string other = Write("t.jsonl", R"({"id":"c","text":"t"})" "\n");
  ReaderOptions options = Dated();
  options.stop_at_first_error = true;
  ReaderStats stats;
  std::vector<Article> got = ReadAll({path, other}, options, &stats);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].id, "a");
  EXPECT_EQ(stats.records_skipped, 1u);
  EXPECT_NE(Messages().find(path + ":2: error: broken JSON"), std::string::npos);
  EXPECT_EQ(Messages().find(path + ":4:"), std::string::npos);
}

TEST_F(ReaderTest, BlankStandardInputHasNoArticles) {
  // Stands in for stdin: sniffed like it (no telling extension), all blank.
  std::string blank = Write("blank.in", "\n  \n");
  ReaderStats stats;
  EXPECT_TRUE(ReadAll({blank}, Dated(), &stats).empty());
  EXPECT_EQ(stats.records_skipped, 0u);
  EXPECT_EQ(Messages(), "");
}

TEST_F(ReaderTest, SniffsFilesWithoutAKnownExtension) {
  std::string json = Write("feed.data", "\n  " R"({"id":"x","text":"t"})" "\n");
  std::string text = Write("note.md", "Just words.");
  std::vector<Article> got = ReadAll({json, text}, Dated());
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].id, "x");
  EXPECT_EQ(got[0].origin, json + ":2");
  EXPECT_EQ(got[1].id, text);
}

TEST_F(ReaderTest, CrLfAndByteOrderMark) {
  std::string path = Write("w.jsonl", "\xEF\xBB\xBF" R"({"id":"a","text":"t"})" "\r\n"
                                      R"({"id":"b","text":"u"})" "\r\n");
  std::vector<Article> got = ReadAll({path}, Dated());
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].id, "b");
}

}  // namespace
}  // namespace tacitus
