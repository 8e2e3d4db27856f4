// Dictionary loading: the data/ formats, and what happens to bad lines.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "actor_dictionary.h"
#include "event_dictionary.h"
#include "gazetteer.h"
#include "tacitus/lexicon.h"
#include "tsv.h"

namespace tacitus {
namespace {

namespace fs = std::filesystem;

class DictionaryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("tacitus_dict_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    lexicon_ = Lexicon::BuiltinOnly();
    Write("countries.tsv",
          "# test\ncode\tiso2\tfips\tname\tnames\tadjectives\tdemonyms\tcapitals\tlat\tlon\n"
          "CHN\tCN\tCH\tChina\tPRC\tChinese\tChinese\tBeijing\t35\t103\n"
          "RUS\tRU\tRS\tRussia\t\tRussian\tRussians\tMoscow|the Kremlin\t61\t105\n"
          "USA\tUS\tUS\tUnited States\tUS|U.S.\tAmerican\tAmericans\tWashington\t38\t-97\n"
          "bad line without tabs\n"
          "XX\tXX\tXX\tBadland\t\t\t\t\t1\t1\n");
    Write("people.tsv",
          "name\tcode\tfrom\tto\toffice\taliases\n"
          "Vladimir Putin\tRUSGOV\t2000-05-07\t2008-05-07\tPresident\tPutin\n"
          "Vladimir Putin\tRUSGOV\t2008-05-08\t2012-05-07\tPrime Minister\t\n"
          "Vladimir Putin\tRUSGOV\t2012-05-07\t\tPresident\t\n"
          "Boris Yeltsin\tRUSGOV\t1991-07-10\t1999-12-31\tPresident\tYeltsin\n"
          "Nobody\tRUSGOV\t2021-13-01\t\tPresident\t\n");
    Write("organisations.tsv", "code\tname\taliases\tkind\nIGOUNO\tUnited Nations\tUN|U.N.\tigo\n");
    Write("agents.tsv", "sector\tphrases\nMIL\ttroops|army\nGOV\tpresident|government\nXXXX\tnothing\n");
    Write("cameo.tsv",
          "code\tname\tquad_class\tgoldstein\tplover\tplover_mode\tplover_context\n"
          "04\tconsult\t1\t1.0\tCONSULT\t\t\n040\tconsult\t1\t1.0\tCONSULT\t\t\n042\tvisit\t1\t1.9\tCONSULT\tvisit\t\n"
          "043\thost\t1\t2.8\tCONSULT\tvisit\t\n190\tforce\t4\t-10\tASSAULT\t\t\n072\tmilitary aid\t2\t8.3\tAID\t\tmilitary\n"
          "999\tbad\t7\t0\t\t\t\n");
    Write("verb_patterns.tsv",
          "code\tpattern\n042:043\tvisit {T}\n042:043\tmake * visit to {T}\n190\tinvade {T}\n"
          "555\tunknown code {T}\n040\tmeet {T} {T}\n<072\treceive * weapon from {T}\n");
    Write("noun_patterns.tsv", "code\tpattern\n190\tinvasion of {T}\n");
    Write("places.tsv",
          "name\taliases\tcountry\tadm1\tkind\tlat\tlon\nBeijing\tPeking\tCHN\t\tcapital\t39.9\t116.4\n"
          "Nowhere\t\tZZZ\t\tcity\t1\t1\nTianjin\t\tCHN\t\tcity\t139.1\t117.2\n");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name) << content;
  }
  fs::path dir_;
  std::unique_ptr<Lexicon> lexicon_;
};

TEST_F(DictionaryTest, BadLinesAreReportedWithFileAndLineAndSkipped) {
  std::string log_path = (dir_ / "log.txt").string();
  FILE* log = std::fopen(log_path.c_str(), "w");
  Diagnostics diagnostics(log);
  ActorDictionary actors;
  ASSERT_TRUE(actors.Load(dir_.string(), lexicon_.get(), &diagnostics).ok());
  EventDictionary events;
  ASSERT_TRUE(events.Load(dir_.string(), lexicon_.get(), &diagnostics).ok());
  Gazetteer places;
  ASSERT_TRUE(places.Load((dir_ / "places.tsv").string(), actors, lexicon_.get(), &diagnostics).ok());
  std::fclose(log);
  std::ifstream in(log_path);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find("countries.tsv:6: error"), std::string::npos) << text;
  EXPECT_NE(text.find("countries.tsv:7: error"), std::string::npos) << text;
  EXPECT_NE(text.find("people.tsv:6: error: bad 'from' date"), std::string::npos) << text;
  EXPECT_NE(text.find("agents.tsv:4: error"), std::string::npos) << text;
  EXPECT_NE(text.find("cameo.tsv:8: error"), std::string::npos) << text;
  EXPECT_NE(text.find("verb_patterns.tsv:5: error: unknown CAMEO code '555'"), std::string::npos) << text;
  EXPECT_NE(text.find("verb_patterns.tsv:6: error: more than one {T}"), std::string::npos) << text;
  EXPECT_NE(text.find("places.tsv:3: error"), std::string::npos) << text;
  EXPECT_NE(text.find("places.tsv:4: error: lat/lon out of range"), std::string::npos) << text;
  EXPECT_EQ(diagnostics.errors(), 9u) << text;
  // The good lines loaded.
  EXPECT_EQ(events.pattern_count(), 5u);
  EXPECT_EQ(places.size(), 1u);
  EXPECT_NE(actors.Country("CHN"), nullptr);
  EXPECT_EQ(actors.Country("CHN")->fips, "CH");
}

TEST_F(DictionaryTest, WrongHeaderIsAnErrorNamingTheFile) {
  Write("agents.tsv", "sector\tphrase\nMIL\ttroops\n");
  Diagnostics diagnostics(nullptr);
  ActorDictionary actors;
  Status s = actors.Load(dir_.string(), lexicon_.get(), &diagnostics);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("agents.tsv:1"), std::string::npos) << s.ToString();
}

TEST_F(DictionaryTest, RolesFollowTermsOfOffice) {
  Diagnostics diagnostics(nullptr);
  ActorDictionary actors;
  ASSERT_TRUE(actors.Load(dir_.string(), lexicon_.get(), &diagnostics).ok());
  const ActorEntry* putin = nullptr;
  const ActorEntry* yeltsin = nullptr;
  for (size_t i = 0; i < actors.size(); ++i) {
    if (actors.entry(i).name == "Vladimir Putin") putin = &actors.entry(i);
    if (actors.entry(i).name == "Boris Yeltsin") yeltsin = &actors.entry(i);
  }
  ASSERT_NE(putin, nullptr);
  ASSERT_NE(yeltsin, nullptr);
  EXPECT_EQ(putin->terms.size(), 3u);
  EXPECT_EQ(actors.RoleOn(*putin, Date::FromYmd(2025, 9, 2)).code, "RUSGOV");
  EXPECT_EQ(actors.RoleOn(*putin, Date::FromYmd(2010, 1, 1)).term->office, "Prime Minister");
  EXPECT_EQ(actors.RoleOn(*yeltsin, Date::FromYmd(1995, 1, 1)).code, "RUSGOV");
  // A former leader is elite, not government.
  EXPECT_EQ(actors.RoleOn(*yeltsin, Date::FromYmd(2005, 1, 1)).code, "RUSELI");
  EXPECT_EQ(actors.RoleOn(*yeltsin, Date::FromYmd(2005, 1, 1)).term, nullptr);
}

TEST_F(DictionaryTest, EveryPeopleFileIsReadAndItsBadLinesNamed) {
  // data/people_heads_*.tsv and the like: bad rows reported with that
  // file's name and line, the good rows kept.
  Write("people_heads_test.tsv",
        "name\tcode\tfrom\tto\toffice\taliases\n"
        "Dmitry Medvedev\tRUSGOV\t2008-05-07\t2012-05-07\tPresident\tMedvedev\n"
        "Broken Row\tXX\t2001-01-01\t\tPresident\t\n"
        "Late Row\tRUSGOV\t2001-01-01\t2000-01-01\tPresident\t\n");
  std::string log_path = (dir_ / "log.txt").string();
  FILE* log = std::fopen(log_path.c_str(), "w");
  Diagnostics diagnostics(log);
  ActorDictionary actors;
  ASSERT_TRUE(actors.Load(dir_.string(), lexicon_.get(), &diagnostics).ok());
  std::fclose(log);
  std::ifstream in(log_path);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find("people_heads_test.tsv:3: error: need a name and an actor code"), std::string::npos) << text;
  EXPECT_NE(text.find("people_heads_test.tsv:4: error: term ends before it starts"), std::string::npos) << text;
  // people.tsv is read too, before it (files in name order).
  EXPECT_NE(text.find("people.tsv:6: error"), std::string::npos) << text;
  const ActorEntry* medvedev = nullptr;
  for (size_t i = 0; i < actors.size(); ++i)
    if (actors.entry(i).name == "Dmitry Medvedev") medvedev = &actors.entry(i);
  ASSERT_NE(medvedev, nullptr) << text;
  EXPECT_EQ(actors.RoleOn(*medvedev, Date::FromYmd(2010, 1, 1)).code, "RUSGOV");
}

TEST_F(DictionaryTest, PatternsCompileWithMirrorsAndSlots) {
  Diagnostics diagnostics(nullptr);
  EventDictionary events;
  ASSERT_TRUE(events.Load(dir_.string(), lexicon_.get(), &diagnostics).ok());
  bool found = false;
  for (size_t i = 0; i < events.pattern_count(); ++i) {
    const Pattern& p = events.pattern(i);
    if (p.text != "make * visit to {T}") continue;
    found = true;
    EXPECT_EQ(p.code, "042");
    EXPECT_EQ(p.mirror_code, "043");
    EXPECT_TRUE(p.has_target);
    ASSERT_EQ(p.elements.size(), 4u);
    EXPECT_EQ(p.elements[0].kind, PatternElement::kSkip);
    EXPECT_EQ(p.elements[3].kind, PatternElement::kTarget);
    EXPECT_NE(p.origin.find("verb_patterns.tsv:3"), std::string::npos);
  }
  EXPECT_TRUE(found);
  // "<072": the target slot gives, the subject receives.
  bool reversed = false;
  for (size_t i = 0; i < events.pattern_count(); ++i) {
    const Pattern& p = events.pattern(i);
    if (p.text != "receive * weapon from {T}") continue;
    reversed = p.reversed && p.code == "072" && p.mirror_code.empty();
  }
  EXPECT_TRUE(reversed);
  EXPECT_EQ(events.Cameo("190")->quad_class, 4);
  EXPECT_EQ(events.Cameo("999"), nullptr);
}

TEST(TsvTest, SplitListTrimsAndDropsEmptyItems) {
  auto items = SplitList(" a | b||c ");
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0], "a");
  EXPECT_EQ(items[2], "c");
  EXPECT_TRUE(SplitList("").empty());
}

}  // namespace
}  // namespace tacitus
