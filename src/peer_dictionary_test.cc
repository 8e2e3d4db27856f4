// Peer dictionary readers on small samples written here in the PETRARCH and
// TABARI formats (names invented for the tests; no peer content).
#include "peer_dictionary.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "peer_syntax.h"
#include "tacitus/coder.h"
#include "tacitus/dict_tools.h"
#include "tacitus/document.h"

namespace tacitus {
namespace {

namespace fs = std::filesystem;

class PeerDictionaryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("tacitus_peer_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    lexicon_ = Lexicon::BuiltinOnly();
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& text) {
    std::string path = (dir_ / name).string();
    std::ofstream(path) << text;
    return path;
  }
  fs::path dir_;
  std::unique_ptr<Lexicon> lexicon_;
};

// Each translation as "AFTER", or "BEFORE | AFTER" when words come before
// the verb.
std::vector<std::string> Translate(std::string_view body, const SynsetTable* synsets = nullptr,
                                   std::string* why = nullptr) {
  std::vector<TranslatedPattern> texts;
  bool target = false;
  std::string reason;
  PatternContext context{synsets, nullptr};
  if (!TranslatePattern(body, context, &texts, &target, &reason)) {
    if (why) *why = reason;
    return {};
  }
  std::vector<std::string> out;
  for (const TranslatedPattern& t : texts) out.push_back(t.before.empty() ? t.after : t.before + " | " + t.after);
  return out;
}

TEST(PeerSyntaxTest, DatesReadSixAndEightDigits) {
  Date d;
  ASSERT_TRUE(ParsePeerDate("950601", &d));
  EXPECT_EQ(d.ToIso(), "1995-06-01");
  ASSERT_TRUE(ParsePeerDate("080120", &d));
  EXPECT_EQ(d.ToIso(), "2008-01-20");  // 00-30 is the 21st century
  ASSERT_TRUE(ParsePeerDate("19320101", &d));
  EXPECT_EQ(d.ToIso(), "1932-01-01");
  EXPECT_FALSE(ParsePeerDate("2004017", &d));
  EXPECT_FALSE(ParsePeerDate("951301", &d));
}

TEST(PeerSyntaxTest, CodeBlocksCarryDateRestrictions) {
  DatedCode c;
  std::string error;
  ASSERT_TRUE(ParseDatedCode("zemgov 950601 - 990815", &c, &error));
  EXPECT_EQ(c.code, "ZEMGOV");
  EXPECT_EQ(c.from.ToIso(), "1995-06-01");
  EXPECT_EQ(c.to.ToIso(), "1999-08-15");
  ASSERT_TRUE(ParseDatedCode("ZEM < 950601", &c, &error));
  EXPECT_FALSE(c.from.valid());
  EXPECT_EQ(c.to.ToIso(), "1995-05-31");  // before the date
  ASSERT_TRUE(ParseDatedCode("ZEMREB >990816", &c, &error));
  EXPECT_EQ(c.from.ToIso(), "1999-08-16");
  EXPECT_FALSE(c.to.valid());
  EXPECT_FALSE(ParseDatedCode("950601-990815", &c, &error));
  EXPECT_FALSE(ParseDatedCode("ZEM950601-990815", &c, &error));
}

TEST(PeerSyntaxTest, WordsBeforeTheVerbKeepTheirGapsAndJoins) {
  // A space: any words between; '_': adjacent; '$' opening the pattern is
  // the subject, which Tacitus finds itself.
  EXPECT_EQ(Translate("INDICATED SHOULD *"), std::vector<std::string>{"indicated * should * | "});
  EXPECT_EQ(Translate("FAILED_TO_*"), std::vector<std::string>{"failed to | "});
  EXPECT_EQ(Translate("$ RECENTLY_* + TIES"), std::vector<std::string>{"recently | * * * {T} * * * ties"});
  EXPECT_EQ(Translate("{ RAISED | OTTERED } ITS *"),
            (std::vector<std::string>{"raised * its * | ", "ottered * its * | "}));
}

TEST(PeerSyntaxTest, PatternsBecomeTacitusPatterns) {
  EXPECT_EQ(Translate("* TIES"), std::vector<std::string>{"* * * ties"});
  EXPECT_EQ(Translate("*_DOWN +"), std::vector<std::string>{"down * * * {T}"});
  EXPECT_EQ(Translate("$ * + HELD"), std::vector<std::string>{"* * * {T} * * * held"});
  EXPECT_EQ(Translate("% * TALKS"), std::vector<std::string>{"* * * talks"});
  EXPECT_EQ(Translate("* AT ^ +"), std::vector<std::string>{"* * * at * * * {T}"});
  SynsetTable synsets{{"KIND", {"MILITARY", "TRADE_ZONE"}}};
  EXPECT_EQ(Translate("* &KIND TIES", &synsets),
            (std::vector<std::string>{"* * * military * * * ties", "* * * trade zone * * * ties"}));
  EXPECT_EQ(Translate("* FOR { EMBARGO | TOTAL_BOYCOTT }"),
            (std::vector<std::string>{"* * * for * * * embargo", "* * * for * * * total boycott"}));
}

TEST(PeerSyntaxTest, PatternsTacitusCannotExpressSayWhy) {
  std::string why;
  EXPECT_TRUE(Translate("+ * FROM $", nullptr, &why).empty());
  EXPECT_EQ(why, "patterns with the target before the verb");
  why.clear();
  EXPECT_TRUE(Translate("* IN $", nullptr, &why).empty());
  EXPECT_EQ(why, "patterns with the source after the verb");
  why.clear();
  EXPECT_TRUE(Translate("* &NOSUCHSET", nullptr, &why).empty());
  EXPECT_NE(why.find("&NOSUCHSET"), std::string::npos);
}

TEST(PeerSyntaxTest, PluralsFollowTheRegularRules) {
  EXPECT_EQ(PluralOf("border guard"), "border guards");
  EXPECT_EQ(PluralOf("assembly"), "assemblies");
  EXPECT_EQ(PluralOf("boss"), "bosses");
  EXPECT_EQ(PluralOf("ombudsman"), "ombudsmen");
}

TEST(PeerTermsTest, LaterRestrictionsWinAndTheDefaultFillsTheGaps) {
  PeerActor a;
  a.phrases.push_back({"mira vale", "x:1"});
  std::string error;
  for (const char* block : {"VAL", "VALCVL <080120", "VALMIL 20080120-20121109", "ORCVAL 20100109-20100112",
                            "VALGOV 20121109-20130119"}) {
    DatedCode c;
    ASSERT_TRUE(ParseDatedCode(block, &c, &error)) << error;
    a.codes.push_back(c);
  }
  std::string def;
  std::vector<Term> terms = TermsOf(a, &def);
  EXPECT_EQ(def, "VAL");
  std::vector<std::string> got;
  for (const Term& t : terms) got.push_back(t.code + " " + t.from.ToIso() + ".." + t.to.ToIso());
  EXPECT_EQ(got, (std::vector<std::string>{
                     "VALCVL ..2008-01-19", "VALMIL 2008-01-20..2010-01-08", "ORCVAL 2010-01-09..2010-01-12",
                     "VALMIL 2010-01-13..2012-11-08", "VALGOV 2012-11-09..2013-01-19", "VAL 2013-01-20.."}));
  EXPECT_EQ(KindOf(a, *Lexicon::BuiltinOnly()), ActorKind::kPerson);
}

TEST_F(PeerDictionaryTest, PetrarchActorsAgentsAndDiscards) {
  std::string actors = Write("Test.actors.txt",
                             "<!-- a comment -->\n"
                             "ZEMBLA_ [ZEM]  # a country\n"
                             "+ZEMBLAN\n"
                             "KING_OTTO\n"
                             "+OTTO\n"
                             "\t[ZEMGOV 950101-991231]\n"
                             "\t[ZEMELI]\n"
                             "BROKEN_ENTRY [ZEM 2004017-20061201]\n");
  std::string agents = Write("Test.agents.txt",
                             "!PERSON! = MAN, MEN\n"
                             "MINISTER [~GOV]\n"
                             "POLICE {} [~COP]\n"
                             "CONGRESS!PERSON! [~LEG]\n"
                             "RELIEF_BODY [NGO~]\n");
  std::string discards = Write("Test.discards.txt", "+Cricket Cup\nYEARS LATER\n");
  PeerDictionary d;
  Diagnostics diag(nullptr);
  ASSERT_TRUE(ReadPeerDictionary("petrarch:" + actors + "," + agents + "," + discards, *lexicon_, &diag, &d).ok());
  // The entry whose only code is malformed is reported (bad date, no code)
  // and left out; the rest loads.
  ASSERT_EQ(d.actors.size(), 2u);
  EXPECT_EQ(d.actors[0].phrases[1].text, "zemblan");
  EXPECT_EQ(d.actors[1].phrases[1].text, "otto");
  EXPECT_EQ(d.actors[1].codes.size(), 2u);
  EXPECT_EQ(diag.errors(), 2u);
  std::vector<std::string> phrases;
  for (const PeerAgent& a : d.agents)
    phrases.push_back(a.phrase.text + (a.plural ? "+" : "") + "/" + a.code + (a.prefix ? "~" : ""));
  // A prefix code ([NGO~]) goes before the country: "relief body" ~ NGO.
  EXPECT_EQ(phrases, (std::vector<std::string>{"minister/GOV", "ministers+/GOV", "police/COP", "congressman/LEG",
                                               "congressmen/LEG", "relief body/NGO~", "relief bodies+/NGO~"}));
  ASSERT_EQ(d.discards.size(), 2u);
  bool story = false;
  EXPECT_TRUE(MatchesDiscard(d, "The cricket cup final was held.", Date::FromYmd(2000, 1, 1), &story));
  EXPECT_TRUE(story);
  EXPECT_FALSE(MatchesDiscard(d, "Years of talks.", Date::FromYmd(2000, 1, 1), &story));
}

TEST_F(PeerDictionaryTest, PetrarchVerbBlocksShareTheirPatterns) {
  std::string verbs = Write("Test.verbs.txt",
                            "&BONDS\n+TIES\n+LINKS\n\n"
                            "--- MEND [064] ---\n"
                            "MEND\n"
                            "REPAIR [065]\n"
                            "- * &BONDS WITH + [066]\n"
                            "- SAID * [010]\n");
  PeerDictionary d;
  Diagnostics diag(nullptr);
  ASSERT_TRUE(ReadPetrarchVerbs(verbs, *lexicon_, &diag, &d).ok());
  std::vector<std::string> got;
  for (const PeerPattern& p : d.patterns)
    got.push_back(p.code + " " + (p.before.empty() ? "" : p.before + " | ") + p.head + " " + p.text +
                  (p.target_first_after ? "+first actor" : ""));
  // Each verb of the block: the block's patterns first, then its own code.
  EXPECT_EQ(got, (std::vector<std::string>{
                     "066 mend * * * ties * * * with * * * {T}", "066 mend * * * links * * * with * * * {T}",
                     "010 said * | mend +first actor", "064 mend +first actor", "064 mend ",
                     "066 repair * * * ties * * * with * * * {T}", "066 repair * * * links * * * with * * * {T}",
                     "010 said * | repair +first actor", "065 repair +first actor", "065 repair "}));
  EXPECT_EQ(diag.errors(), 0u);
}

TEST_F(PeerDictionaryTest, TabariStemsFormsOptionsAndSpecialCodes) {
  std::string verbs = Write("t.verbs",
                            "<SYNSETS>\n&GOODS\n+GRAIN\n+FUEL_\n</SYNSETS>\n"
                            "<TIME>\nYESTERDAY [-1]\n</TIME>\n"
                            "SEND_ [070] ;comment\n"
                            "{ SENT_ }\n"
                            "- * &GOODS TO + [071]\n"
                            "ICE_HOCKEY [###]\n"
                            "~~FINISH\n"
                            "IGNORED [010]\n");
  std::string actors = Write("t.actors",
                             "<NOUN>\nSHEEP\n</NOUN>\n"
                             "ZEMBL [ZEM] ;a stem\n"
                             "OLD_DUCHY [ODY <911226] [###]\n");
  std::string options = Write("t.options", "// comment\nCOMPLEX: VERBS[5]\nSET: LABEL = TRUE\n");
  PeerDictionary d;
  Diagnostics diag(nullptr);
  ASSERT_TRUE(ReadPeerDictionary("tabari:" + verbs + "," + actors + "," + options, *lexicon_, &diag, &d).ok());
  EXPECT_EQ(diag.errors(), 0u);
  std::vector<std::string> got;
  for (const PeerPattern& p : d.patterns)
    got.push_back(p.code + " " + p.head + " " + p.text + (p.target_first_after ? "+first actor" : ""));
  EXPECT_EQ(got, (std::vector<std::string>{"071 send * * * grain * * * to * * * {T}",
                                           "071 send * * * fuel * * * to * * * {T}", "070 send +first actor",
                                           "070 send "}));
  ASSERT_EQ(d.actors.size(), 2u);
  std::vector<std::string> names;
  for (const PeerPhrase& p : d.actors[0].phrases) names.push_back(p.text);
  EXPECT_NE(std::find(names.begin(), names.end(), "zemblan"), names.end());  // a stem
  // ### and +++ stop sentences: the verb at any time, the actor after 1991.
  bool story = false;
  EXPECT_TRUE(MatchesDiscard(d, "The ice hockey team won.", Date::FromYmd(1995, 1, 1), &story));
  EXPECT_TRUE(MatchesDiscard(d, "Old Duchy troops left.", Date::FromYmd(1995, 1, 1), &story));
  EXPECT_FALSE(MatchesDiscard(d, "Old Duchy troops left.", Date::FromYmd(1990, 1, 1), &story));
  EXPECT_EQ(d.skipped["TABARI COMPLEX: options (TABARI program settings)"], 1u);
  EXPECT_EQ(d.skipped["TABARI <TIME> phrases (time shifts)"], 1u);
}

// Coded with nothing but the dictionary: the peers' matching rules that
// Tacitus' own patterns lack.
TEST_F(PeerDictionaryTest, PeerPatternsNeedWordsBeforeTheVerbAndTakeTheFirstActorAfter) {
  std::string verbs = Write("Test.verbs.txt",
                            "--- ALLOW [080] ---\n"
                            "ALLOW\n"
                            "- * REALLY_PLEASANT [024]\n"
                            "- RECENTLY_* [025]\n"
                            "--- ADOPT [081] ---\n"
                            "ADOPT\n"
                            "- * RESOLUTION [102]\n");
  std::string actors = Write("Test.actors.txt",
                             "ZEMBLA_ [ZEM]\nOSTERLICH_ [OST]\nTHE_LOWLANDS [LOW/FEN]\nNEW_MARCH [--- <950630] [NMA]\n");
  std::string data = (dir_ / "data").string();
  ASSERT_TRUE(WriteEmptyDataDir(std::string(TACITUS_SOURCE_DIR) + "/data", data).ok());
  CoderOptions options;
  options.data_dir = data;
  std::string agents = Write("Test.agents.txt", "RELIEF_BODY [NGO~]\nDIPLOMAT [~GOV]\n");
  options.extra_dictionaries = {"petrarch:" + verbs + "," + actors + "," + agents};
  Diagnostics diag(nullptr);
  std::unique_ptr<Coder> coder;
  ASSERT_TRUE(Coder::Open(options, &diag, &coder).ok());
  auto code = [&](const std::string& text, Date date = Date::FromYmd(2000, 1, 1)) {
    Article a;
    a.text = text;
    a.date = date;
    Document doc;
    coder->Code(std::move(a), &doc);
    std::string out;
    for (const Event& e : doc.events) out += (out.empty() ? "" : "; ") + e.source.code + " " + e.target.code + " " + e.cameo;
    return out;
  };
  // The target is the first actor after the verb, before the pattern's words.
  EXPECT_EQ(code("Zembla allowed that Osterlich is a really pleasant place."), "ZEM OST 024");
  EXPECT_EQ(code("Zembla allowed that Osterlich is a pleasant place."), "ZEM OST 080");
  // "RECENTLY_*": adjacent to the verb, before it.
  EXPECT_EQ(code("Zembla recently allowed that Osterlich is a pleasant place."), "ZEM OST 025");
  EXPECT_EQ(code("Zembla recently did allow that Osterlich is a pleasant place."), "ZEM OST 080");
  // PETRARCH's pattern words match as written; its verbs by any form.
  EXPECT_EQ(code("Zembla adopted a resolution with Osterlich."), "ZEM OST 102");
  EXPECT_EQ(code("Zembla adopts resolutions with Osterlich."), "ZEM OST 081");
  // A prefix agent goes before the country, a sector after it.
  EXPECT_EQ(code("A Zembla relief body adopted a resolution with Osterlich."), "NGOZEM OST 102");
  EXPECT_EQ(code("A relief body Zembla diplomat adopted a resolution with Osterlich."), "NGOZEMGOV OST 102");
  // A dated null code: before 1995-06-30 "New March" names no actor.
  EXPECT_EQ(code("Zembla adopted a resolution with New March."), "ZEM NMA 102");
  EXPECT_EQ(code("Zembla adopted a resolution with New March.", Date::FromYmd(1995, 1, 1)), "");
  // A compound code stands for each of its actors.
  EXPECT_EQ(code("The Lowlands adopted a resolution with Osterlich."), "LOW OST 102; FEN OST 102");
}

TEST_F(PeerDictionaryTest, BadSpecsAndMissingFilesAreStatuses) {
  PeerDictionary d;
  Diagnostics diag(nullptr);
  EXPECT_EQ(ReadPeerDictionary("kedsx:/nowhere", *lexicon_, &diag, &d).code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(ReadPeerDictionary("tabari:/no/such.verbs", *lexicon_, &diag, &d).code(), Status::Code::kIOError);
  std::string odd = Write("odd.txt", "x\n");
  EXPECT_EQ(ReadPeerDictionary("tabari:" + odd, *lexicon_, &diag, &d).code(), Status::Code::kInvalidArgument);
}

}  // namespace
}  // namespace tacitus
