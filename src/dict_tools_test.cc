// Peer dictionaries end to end: coding with --dict on an empty data folder,
// `dict convert` and `dict check`, on samples written here in the PETRARCH
// format (invented names, no peer content).

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "tacitus/coder.h"
#include "tacitus/dict_tools.h"
#include "test_files.h"

namespace tacitus {
namespace {

namespace fs = std::filesystem;

constexpr const char* kActors =
    "ZEMBLA [ZEM]\n"
    "+ZEMBLAN\n"
    "URBANIA [URB]\n"
    "KING_OTTO\n"
    "+OTTO\n"
    "\t[ZEMGOV 950101-991231]\n"
    "\t[ZEMELI]\n"
    "QUEEN_ADA\n"
    "\t[URBGOV 950101-991231]\n"
    "\t[URBMIL 970101-971231]\n"
    "\t[URBREB 990101-20051231]\n";
constexpr const char* kAgents = "SOLDIER [~MIL]\nFOREIGN_MINISTER [~GOVFRM]\n";
constexpr const char* kVerbs =
    "--- RESTORE [064] ---\n"
    "RESTORE\n"
    "- * TIES [064]\n"
    "--- CRITICIZE [111] ---\n"
    "CRITICIZE\n"
    "- * + HARSHLY [987]\n"
    "--- BLAME [111] ---\n"
    "BLAME\n";

class DictToolsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing_util::FreshTestDir("tacitus_dict_");
    testing_util::WriteFile(dir_ / "dicts/Test.actors.txt", kActors);
    testing_util::WriteFile(dir_ / "dicts/Test.agents.txt", kAgents);
    testing_util::WriteFile(dir_ / "dicts/Test.verbs.txt", kVerbs);
    spec_ = "petrarch:" + (dir_ / "dicts").string();
    data_ = std::string(TACITUS_SOURCE_DIR) + "/data";
  }
  void TearDown() override { fs::remove_all(dir_); }

  // The realised events of `text` as "SRC TGT CODE" lines.
  std::string Code(const Coder& coder, const std::string& text, int year = 1996) {
    Article a;
    a.id = "t";
    a.date = Date::FromYmd(year, 6, 1);
    a.text = text;
    Document doc;
    coder.Code(std::move(a), &doc);
    std::string out;
    for (const Event& e : doc.events)
      if (e.realised()) out += e.source.code + " " + e.target.code + " " + e.cameo + "\n";
    return out;
  }

  std::unique_ptr<Coder> Open(const std::string& data, const std::vector<std::string>& dicts) {
    CoderOptions options;
    options.data_dir = data;
    options.extra_dictionaries = dicts;
    Diagnostics diag(nullptr);
    std::unique_ptr<Coder> coder;
    Status s = Coder::Open(options, &diag, &coder);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return coder;
  }

  // Runs `dict check`; its report (one problem a line) goes to *report.
  bool Check(const DictToolOptions& options, size_t* problems, std::stringstream* report) {
    Diagnostics diag(nullptr);
    std::string path = (dir_ / "report.txt").string();
    FILE* out = fopen(path.c_str(), "w");
    if (!out) return false;
    bool ok = CheckDictionaries(options, &diag, out, problems).ok();
    fclose(out);
    *report << std::ifstream(path).rdbuf();
    return ok;
  }

  fs::path dir_;
  std::string spec_, data_;
};

TEST_F(DictToolsTest, CodesWithPeerDictionariesAloneOnAnEmptyDataFolder) {
  std::string empty = (dir_ / "empty").string();
  ASSERT_TRUE(WriteEmptyDataDir(data_, empty).ok());
  auto coder = Open(empty, {spec_});
  ASSERT_TRUE(coder);
  EXPECT_EQ(Code(*coder, "Zembla restored full ties with Urbania."), "ZEM URB 064\n");
  // Dated codes: the later, narrower office wins; the undated code fills in.
  EXPECT_EQ(Code(*coder, "Queen Ada blamed Otto.", 1996), "URBGOV ZEMGOV 111\n");
  EXPECT_EQ(Code(*coder, "Queen Ada blamed Otto.", 1997), "URBMIL ZEMGOV 111\n");
  EXPECT_EQ(Code(*coder, "Queen Ada blamed Otto.", 2001), "URBREB ZEMELI 111\n");
  // Agents compose with countries; multi-sector agent codes too.
  EXPECT_EQ(Code(*coder, "Zemblan soldiers blamed the Urbanian foreign minister."), "");
  EXPECT_EQ(Code(*coder, "Zemblan soldiers blamed the Urbania foreign minister."), "ZEMMIL URBGOVFRM 111\n");
  // A code the CAMEO table lacks is still written as the dictionary says.
  EXPECT_EQ(Code(*coder, "Otto criticized Urbania harshly."), "ZEMGOV URB 987\n");
}

TEST_F(DictToolsTest, ConvertWritesADataFolderThatCodesTheSame) {
  DictToolOptions options;
  options.dicts = {spec_};
  options.data_dir = data_;
  std::string out = (dir_ / "converted").string();
  Diagnostics diag(nullptr);
  std::string summary;
  ASSERT_TRUE(ConvertDictionaries(options, out, &diag, &summary).ok());
  EXPECT_NE(summary.find("1 patterns whose code is not in cameo.tsv"), std::string::npos) << summary;
  EXPECT_NE(summary.find("agent phrases with several sectors"), std::string::npos) << summary;
  for (const char* f : {"countries.tsv", "people.tsv", "organisations.tsv", "agents.tsv", "verb_patterns.tsv",
                        "noun_patterns.tsv", "places.tsv", "cameo.tsv"})
    EXPECT_TRUE(fs::exists(out + "/" + f)) << f;
  auto coder = Open(out, {});
  ASSERT_TRUE(coder);
  EXPECT_EQ(Code(*coder, "Zembla restored full ties with Urbania."), "ZEM URB 064\n");
  EXPECT_EQ(Code(*coder, "Queen Ada blamed Otto.", 1997), "URBMIL ZEMGOV 111\n");
}

TEST_F(DictToolsTest, CheckReportsUnknownCodesOverlapsAndDuplicatesWithTheirLines) {
  // Two people who share a name in different years are no duplicate: the
  // date of the text says which one it names.
  std::ofstream(dir_ / "dicts/Test.actors.txt", std::ios::app)
      << "ZEMBLAN_REPUBLIC [ZMR]\n+ZEMBLAN\n"
      << "DUKE_MAXIMUS\n+MAXIMUS\n\t[ZEMGOV 800101-891231]\nBARON_MAXIMUS\n+MAXIMUS\n\t[URBGOV 900101-991231]\n";
  DictToolOptions options;
  options.dicts = {spec_};
  options.data_dir = data_;
  size_t problems = 0;
  std::stringstream report;
  ASSERT_TRUE(Check(options, &problems, &report));
  EXPECT_EQ(problems, 4u) << report.str();
  EXPECT_NE(report.str().find("Test.verbs.txt:6: unknown-code: pattern 'criticize"), std::string::npos) << report.str();
  EXPECT_NE(report.str().find("Test.actors.txt:10: overlap: 'queen ada' URBMIL"), std::string::npos) << report.str();
  EXPECT_NE(report.str().find("Test.actors.txt:11: overlap: 'queen ada' URBREB"), std::string::npos) << report.str();
  EXPECT_NE(report.str().find("Test.actors.txt:13: duplicate: 'zemblan' is ZMR here but ZEM at"), std::string::npos)
      << report.str();
}

// Tacitus' own data/ has no problems to report: no unknown codes, no
// overlapping terms of one person, no phrase naming two actors at once.
TEST_F(DictToolsTest, OwnDataChecksClean) {
  DictToolOptions options;
  options.data_dir = data_;
  size_t problems = 0;
  std::stringstream report;
  ASSERT_TRUE(Check(options, &problems, &report));
  EXPECT_EQ(problems, 0u) << report.str();
}

TEST_F(DictToolsTest, CommandLineDictCheckExitsOneOnProblems) {
  std::string cmd = std::string(TACITUS_BINARY) + " dict check --data " + data_ + " --dict " + spec_ + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string out;
  char buf[4096];
  while (size_t n = fread(buf, 1, sizeof buf, p)) out.append(buf, n);
  int status = pclose(p);
  EXPECT_EQ(WEXITSTATUS(status), 1) << out;
  EXPECT_NE(out.find("unknown-code"), std::string::npos) << out;
}

}  // namespace
}  // namespace tacitus
