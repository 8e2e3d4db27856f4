#include "tacitus/lexicon.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "closed_words.h"
#include "irregular_verbs.h"
#include "text_test_util.h"

namespace tacitus {
namespace {

using testing_util::WordNet;

std::string Spell(const Lexicon& lex, uint32_t id) { return std::string(lex.Spelling(id)); }

TEST(LexiconTest, ClosedWordsHaveFixedIds) {
  auto lex = Lexicon::BuiltinOnly();
  for (uint32_t i = 0; i < kNumClosedWords; ++i) {
    EXPECT_EQ(lex->Find(kClosedWords[i].text), i + 1) << kClosedWords[i].text;
  }
  EXPECT_EQ(ClosedId("the"), lex->Find("the"));
  EXPECT_EQ(ClosedWordById(lex->Find("was"))->aux, AuxKind::kBe);
  EXPECT_EQ(ClosedLemmaId(lex->Find("n't")), lex->Find("not"));
  EXPECT_EQ(ClosedWordById(0), nullptr);
}

TEST(LexiconTest, ClosedWordsAreUnique) {
  for (uint32_t i = 0; i < kNumClosedWords; ++i) {
    EXPECT_EQ(FindClosedId(kClosedWords[i].text), i + 1) << "duplicate " << kClosedWords[i].text;
  }
}

TEST(LexiconTest, WordNetKeepsClosedIds) {
  TACITUS_REQUIRE_WORDNET();
  for (uint32_t i = 0; i < kNumClosedWords; ++i) {
    EXPECT_EQ(WordNet()->Find(kClosedWords[i].text), i + 1) << kClosedWords[i].text;
  }
}

TEST(LexiconTest, InternFindSpelling) {
  auto lex = Lexicon::BuiltinOnly();
  size_t before = lex->size();
  EXPECT_EQ(lex->Find("kremlin"), 0u);
  uint32_t id = lex->Intern("kremlin");
  EXPECT_NE(id, 0u);
  EXPECT_EQ(lex->Intern("kremlin"), id);
  EXPECT_EQ(lex->Find("kremlin"), id);
  EXPECT_EQ(lex->size(), before + 1);
  EXPECT_EQ(Spell(*lex, id), "kremlin");
  EXPECT_EQ(lex->Spelling(0), "");
  EXPECT_EQ(lex->Spelling(1u << 30), "");
  EXPECT_EQ(lex->Classes(id), 0);
  // Long words compare beyond the bytes kept in the table's slots.
  uint32_t a = lex->Intern("internationalisation-a");
  uint32_t b = lex->Intern("internationalisation-b");
  EXPECT_NE(a, b);
  EXPECT_EQ(lex->Find("internationalisation-b"), b);
  EXPECT_EQ(lex->Find("internationalisation-c"), 0u);
}

TEST(LexiconTest, SpellingsStayValidWhileGrowing) {
  auto lex = Lexicon::BuiltinOnly();
  std::string_view first = lex->Spelling(lex->Intern("first"));
  std::vector<uint32_t> ids;
  for (int i = 0; i < 50000; ++i) ids.push_back(lex->Intern("w" + std::to_string(i)));
  EXPECT_EQ(first, "first");
  for (int i = 0; i < 50000; i += 997) {
    EXPECT_EQ(lex->Find("w" + std::to_string(i)), ids[i]);
    EXPECT_EQ(Spell(*lex, ids[i]), "w" + std::to_string(i));
  }
}

TEST(LexiconTest, BuiltinKnowsIrregularVerbsAndAuxiliaries) {
  auto lex = Lexicon::BuiltinOnly();
  EXPECT_EQ(Spell(*lex, lex->VerbLemma("met")), "meet");
  EXPECT_EQ(Spell(*lex, lex->VerbLemma("went")), "go");
  EXPECT_EQ(Spell(*lex, lex->VerbLemma("was")), "be");
  EXPECT_EQ(Spell(*lex, lex->VerbLemma("has")), "have");
  EXPECT_EQ(Spell(*lex, lex->VerbLemma("wo")), "will");
  EXPECT_EQ(lex->VerbLemma("the"), 0u);
  EXPECT_TRUE(lex->Classes(lex->Find("meet")) & kClassVerb);
}

TEST(LexiconTest, IrregularFormBits) {
  EXPECT_EQ(IrregularFormBits("went"), kIrregularPast);
  EXPECT_EQ(IrregularFormBits("gone"), kIrregularParticiple);
  EXPECT_EQ(IrregularFormBits("met"), kIrregularPast | kIrregularParticiple);
  EXPECT_EQ(IrregularFormBits("put"), kIrregularBase | kIrregularPast | kIrregularParticiple);
  EXPECT_EQ(IrregularFormBits("come"), kIrregularBase | kIrregularParticiple);
  EXPECT_EQ(IrregularFormBits("visited"), 0);
  EXPECT_EQ(IrregularFormBits(""), 0);
}

TEST(LexiconTest, MissingWordNetIsAnIOErrorThatSaysHowToInstall) {
  std::unique_ptr<Lexicon> lex;
  Status s = Lexicon::Load("/nonexistent/wordnet", &lex);
  EXPECT_EQ(s.code(), Status::Code::kIOError);
  EXPECT_NE(s.message().find("/nonexistent/wordnet/index.noun"), std::string::npos);
  EXPECT_NE(s.message().find("wordnet-base"), std::string::npos);
  EXPECT_EQ(lex, nullptr);
}

TEST(LexiconTest, WordNetClasses) {
  TACITUS_REQUIRE_WORDNET();
  const Lexicon& lex = *WordNet();
  EXPECT_GT(lex.size(), 80000u);
  EXPECT_TRUE(lex.Classes(lex.Find("attend")) & kClassVerb);
  EXPECT_TRUE(lex.Classes(lex.Find("summit")) & kClassNoun);
  EXPECT_TRUE(lex.Classes(lex.Find("neutral")) & kClassAdjective);
  EXPECT_TRUE(lex.Classes(lex.Find("extensively")) & kClassAdverb);
  EXPECT_TRUE(lex.Classes(lex.Find("better")) & kClassAdjective);  // adj.exc
  // Names: WordNet writes a noun sense capitalised.
  EXPECT_TRUE(lex.Classes(lex.Find("china")) & kClassName);
  EXPECT_TRUE(lex.Classes(lex.Find("putin")) & kClassName);
  EXPECT_FALSE(lex.Classes(lex.Find("summit")) & kClassName);
  // Internal bits for the tagger (closed_words.h).
  EXPECT_TRUE(lex.Classes(lex.Find("children")) & kClassIrregularNoun);
  EXPECT_TRUE(lex.Classes(lex.Find("met")) & kClassIrregularVerb);
  EXPECT_TRUE(lex.Classes(lex.Find("come")) & kClassIrregularVerb);  // also a participle
  EXPECT_FALSE(lex.Classes(lex.Find("attend")) & kClassIrregularVerb);
  EXPECT_TRUE(lex.Classes(lex.Find("come")) & kClassVerbFirst);
  EXPECT_FALSE(lex.Classes(lex.Find("man")) & kClassVerbFirst);
  // Multiword lemmas are left out.
  EXPECT_EQ(lex.Find("prime_minister"), 0u);
  EXPECT_EQ(lex.Find("prime minister"), 0u);
}

TEST(LexiconTest, VerbLemmas) {
  TACITUS_REQUIRE_WORDNET();
  const Lexicon& lex = *WordNet();
  const std::pair<const char*, const char*> kCases[] = {
      {"visited", "visit"},    {"visits", "visit"},      {"visiting", "visit"},
      {"welcomed", "welcome"}, {"hoped", "hope"},        {"hoping", "hope"},
      {"stopped", "stop"},     {"running", "run"},       {"making", "make"},
      {"singing", "sing"},     {"rating", "rate"},       {"tried", "try"},
      {"tries", "try"},        {"goes", "go"},           {"pushes", "push"},
      {"met", "meet"},         {"went", "go"},           {"said", "say"},
      {"began", "begin"},      {"accused", "accuse"},    {"abetting", "abet"},
      {"rallied", "rally"},    {"panicked", "panic"},    {"is", "be"},
      {"attend", "attend"},    {"seed", "seed"},         {"bed", "bed"},
      {"talks", "talk"},       {"sanctions", "sanction"}};
  for (const auto& [form, lemma] : kCases) {
    EXPECT_EQ(Spell(lex, lex.VerbLemma(form)), lemma) << form;
  }
  EXPECT_EQ(lex.VerbLemma("country"), 0u);
  EXPECT_EQ(lex.VerbLemma("relations"), 0u);
  EXPECT_EQ(lex.VerbLemma("xyzzyed"), 0u);
}

TEST(LexiconTest, NounLemmas) {
  TACITUS_REQUIRE_WORDNET();
  const Lexicon& lex = *WordNet();
  const std::pair<const char*, const char*> kCases[] = {{"talks", "talk"},
                                                        {"countries", "country"},
                                                        {"children", "child"},
                                                        {"taxes", "tax"},
                                                        {"glasses", "glass"},
                                                        {"businessmen", "businessman"},
                                                        {"troops", "troop"},
                                                        {"protesters", "protester"},
                                                        {"relations", "relation"},
                                                        {"mines", "mine"},
                                                        {"news", "news"},
                                                        {"species", "species"},
                                                        {"arms", "arms"},
                                                        {"gas", "gas"},
                                                        {"bus", "bus"},
                                                        {"summit", "summit"}};
  for (const auto& [form, lemma] : kCases) {
    EXPECT_EQ(Spell(lex, lex.NounLemma(form)), lemma) << form;
  }
  EXPECT_EQ(lex.NounLemma("visited"), 0u);
  EXPECT_EQ(lex.NounLemma("extensively"), 0u);
}

TEST(LexiconTest, AnyLemma) {
  TACITUS_REQUIRE_WORDNET();
  const Lexicon& lex = *WordNet();
  EXPECT_EQ(Spell(lex, lex.AnyLemma("talks")), "talk");
  EXPECT_EQ(Spell(lex, lex.AnyLemma("countries")), "country");
  EXPECT_EQ(Spell(lex, lex.AnyLemma("neutral")), "neutral");
  EXPECT_EQ(lex.AnyLemma("xyzzy"), 0u);
}

TEST(LexiconTest, FreezeGivesTheSameLemmasAndKeepsLateWords) {
  TACITUS_REQUIRE_WORDNET();
  std::unique_ptr<Lexicon> lex;
  ASSERT_TRUE(Lexicon::Load(testing_util::kWordNetDir, &lex).ok());
  uint32_t welcomed = lex->Intern("welcomed");  // a dictionary word
  const char* kWords[] = {"welcomed", "talks", "met", "countries", "gas", "running", "said"};
  std::vector<uint32_t> verb, noun;
  for (const char* w : kWords) {
    verb.push_back(lex->VerbLemma(w));
    noun.push_back(lex->NounLemma(w));
  }
  lex->Freeze();
  for (size_t i = 0; i < std::size(kWords); ++i) {
    EXPECT_EQ(lex->VerbLemma(kWords[i]), verb[i]) << kWords[i];
    EXPECT_EQ(lex->NounLemma(kWords[i]), noun[i]) << kWords[i];
  }
  EXPECT_EQ(lex->Find("welcomed"), welcomed);
  EXPECT_EQ(Spell(*lex, lex->VerbLemma("welcomed")), "welcome");
}

TEST(LexiconTest, FrozenLexiconIsSharedByThreads) {
  TACITUS_REQUIRE_WORDNET();
  const Lexicon& lex = *WordNet();
  uint32_t expected = lex.Find("visit");
  std::vector<std::thread> threads;
  std::vector<int> errors(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20000; ++i) {
        if (lex.VerbLemma(i % 2 ? "visited" : "visits") != expected) ++errors[t];
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int e : errors) EXPECT_EQ(e, 0);
}

}  // namespace
}  // namespace tacitus
