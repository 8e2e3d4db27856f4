// More tagging tests: contractions, questions, "that"/"there"/"her", names
// at the start of a sentence, numbers, headlines (see tagger_test.cc).
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "tacitus/text_stages.h"
#include "text_test_util.h"

namespace tacitus {
namespace {

using testing_util::TaggerTest;

using T = tacitus::Tag;
using F = VerbForm;

TEST_F(TaggerTest, BecomeAfterHaveAndNounWill) {
  Tag("The defeat of Japan has become part of a period when foreign powers imposed their will on "
      "China.");
  EXPECT_TRUE(Is("become", T::kVerb, F::kPastParticiple, "become"));
  EXPECT_TRUE(Is("part", T::kNoun));
  EXPECT_TRUE(Is("when", T::kRelative));
  EXPECT_TRUE(Is("imposed", T::kVerb, F::kPast));
  EXPECT_TRUE(Is("will", T::kNoun));
}

TEST_F(TaggerTest, RelativeClauseBetweenSubjectAndVerb) {
  Tag("Harvard historian Rana Mitter, who has written extensively on the war, noticed some "
      "changes.");
  EXPECT_TRUE(Is("Harvard", T::kProperNoun));
  EXPECT_TRUE(Is("historian", T::kNoun));
  EXPECT_TRUE(Is("written", T::kVerb, F::kPastParticiple, "write"));
  EXPECT_TRUE(Is("extensively", T::kAdverb));
  EXPECT_TRUE(Is("noticed", T::kVerb, F::kPast));
  EXPECT_TRUE(Is("some", T::kDeterminer));
  EXPECT_TRUE(Is("changes", T::kNoun, std::nullopt, "change"));
}

TEST_F(TaggerTest, ProgressiveAndAsClauseWithName) {
  Tag("China is positioning itself as a defender of the global order as Trump rips up "
      "established norms.");
  EXPECT_TRUE(Is("positioning", T::kVerb, F::kGerund));
  EXPECT_TRUE(Is("itself", T::kPronoun));
  EXPECT_TRUE(Is("as", T::kPreposition, std::nullopt, {}, 0));
  EXPECT_TRUE(Is("as", T::kSubordinator, std::nullopt, {}, 1));
  EXPECT_TRUE(Is("rips", T::kVerb, F::kPresent, "rip"));
  EXPECT_TRUE(Is("established", T::kAdjective));
  EXPECT_TRUE(Is("norms", T::kNoun));
}

TEST_F(TaggerTest, CoordinatedVerbsWithObjects) {
  Tag("Rebels seized the town and killed 12 soldiers, the army said.");
  EXPECT_TRUE(Is("Rebels", T::kNoun, std::nullopt, "rebel"));
  EXPECT_TRUE(Is("seized", T::kVerb, F::kPast));
  EXPECT_TRUE(Is("killed", T::kVerb, F::kPast, "kill"));
  EXPECT_TRUE(Is("12", T::kNumber));
  EXPECT_TRUE(Is("said", T::kVerb, F::kPast));
}

TEST_F(TaggerTest, CompoundNounSubjectBeforeIrregularPast) {
  Tag("Oil prices rose 5% on Monday after OPEC agreed to cut output.");
  EXPECT_TRUE(Is("Oil", T::kNoun));
  EXPECT_TRUE(Is("prices", T::kNoun, std::nullopt, "price"));
  EXPECT_TRUE(Is("rose", T::kVerb, F::kPast, "rise"));
  EXPECT_TRUE(Is("5%", T::kNumber));
  EXPECT_TRUE(Is("after", T::kSubordinator));
  EXPECT_TRUE(Is("OPEC", T::kProperNoun));
  EXPECT_TRUE(Is("agreed", T::kVerb, F::kPast));
  EXPECT_TRUE(Is("cut", T::kVerb, F::kBase));
  EXPECT_TRUE(Is("output", T::kNoun));
}

TEST_F(TaggerTest, PastPerfectInARelativeClause) {
  Tag("Police arrested 30 protesters who had gathered near the parliament.");
  EXPECT_TRUE(Is("arrested", T::kVerb, F::kPast));
  EXPECT_TRUE(Is("who", T::kRelative));
  EXPECT_TRUE(Is("had", T::kAux, F::kPast, "have"));
  EXPECT_TRUE(Is("gathered", T::kVerb, F::kPastParticiple));
}

TEST_F(TaggerTest, HaveAsAMainVerb) {
  Tag("\xE2\x80\x9COur three countries have much in common,\xE2\x80\x9D he said.");
  EXPECT_TRUE(Is("Our", T::kPossPronoun));
  EXPECT_TRUE(Is("have", T::kVerb, F::kPresent, "have"));
  EXPECT_TRUE(Is("much", T::kPronoun));
  EXPECT_TRUE(Is("he", T::kPronoun));
  EXPECT_TRUE(Is("said", T::kVerb, F::kPast));
}

TEST_F(TaggerTest, ThreatenedToAndConditional) {
  Tag("Russia has threatened to retaliate if NATO deploys troops.");
  EXPECT_TRUE(Is("threatened", T::kVerb, F::kPastParticiple, "threaten"));
  EXPECT_TRUE(Is("to", T::kTo));
  EXPECT_TRUE(Is("retaliate", T::kVerb, F::kBase));
  EXPECT_TRUE(Is("if", T::kSubordinator));
  EXPECT_TRUE(Is("NATO", T::kProperNoun));
  EXPECT_TRUE(Is("deploys", T::kVerb, F::kPresent, "deploy"));
}

TEST_F(TaggerTest, ContractedAuxiliaries) {
  Tag("They're going to visit China. It's been a long week. She'd gone home. We'll see.");
  EXPECT_TRUE(Is("'re", T::kAux, F::kPresent, "be"));
  EXPECT_TRUE(Is("going", T::kVerb, F::kGerund));
  EXPECT_TRUE(Is("to", T::kTo));
  EXPECT_TRUE(Is("visit", T::kVerb, F::kBase));
  EXPECT_TRUE(Is("'s", T::kAux, std::nullopt, "have"));
  EXPECT_TRUE(Is("'d", T::kAux, F::kPast, "have"));
  EXPECT_TRUE(Is("gone", T::kVerb, F::kPastParticiple, "go"));
  EXPECT_TRUE(Is("'ll", T::kModal, std::nullopt, "will"));
  EXPECT_TRUE(Is("see", T::kVerb, F::kBase));
}

TEST_F(TaggerTest, ReducedPassiveBetweenCommas) {
  Tag("The president, accused of war crimes, said he would visit Moscow.");
  EXPECT_TRUE(Is("accused", T::kVerb, F::kPastParticiple));
  EXPECT_TRUE(Is("said", T::kVerb, F::kPast));
  EXPECT_TRUE(Is("would", T::kModal));
  EXPECT_TRUE(Is("visit", T::kVerb, F::kBase));
}

TEST_F(TaggerTest, ParticipleAfterNounInAFiniteClause) {
  Tag("Another was the increased prominence given to China as a founding member of the United "
      "Nations.");
  EXPECT_TRUE(Is("Another", T::kPronoun));
  EXPECT_TRUE(Is("increased", T::kAdjective));
  EXPECT_TRUE(Is("prominence", T::kNoun));
  EXPECT_TRUE(Is("given", T::kVerb, F::kPastParticiple, "give"));
  EXPECT_TRUE(Is("founding", T::kAdjective));
  EXPECT_TRUE(Is("member", T::kNoun));
}

TEST_F(TaggerTest, DeterminerVersusPronoun) {
  Tag("That was up from the week before, and that figure was the highest since those talks.");
  EXPECT_TRUE(Is("That", T::kPronoun));
  EXPECT_TRUE(Is("before", T::kAdverb));
  EXPECT_TRUE(Is("that", T::kDeterminer));
  EXPECT_TRUE(Is("figure", T::kNoun));
  EXPECT_TRUE(Is("those", T::kDeterminer));
}

TEST_F(TaggerTest, ExistentialThereAndAsTo) {
  Tag("There are doubts as to how much of this cocoa would be fit for export.");
  EXPECT_TRUE(Is("There", T::kPronoun));
  EXPECT_TRUE(Is("are", T::kAux));
  EXPECT_TRUE(Is("doubts", T::kNoun, std::nullopt, "doubt"));
  EXPECT_TRUE(Is("this", T::kDeterminer));
  EXPECT_TRUE(Is("be", T::kAux, F::kBase));
}

TEST_F(TaggerTest, QuestionsWithDoSupport) {
  Tag("Do you think they will? Is it true?");
  EXPECT_TRUE(Is("Do", T::kAux, std::nullopt, "do"));
  EXPECT_TRUE(Is("think", T::kVerb, F::kBase));
  EXPECT_TRUE(Is("will", T::kModal));
  EXPECT_TRUE(Is("?", T::kSentenceEnd));
  EXPECT_TRUE(Is("true", T::kAdjective));
}

TEST_F(TaggerTest, DoAsAMainVerb) {
  Tag("They did the work and do business with Iran.");
  EXPECT_TRUE(Is("did", T::kVerb, F::kPast, "do"));
  EXPECT_TRUE(Is("do", T::kVerb, std::nullopt, "do"));
  EXPECT_TRUE(Is("business", T::kNoun));
}

TEST_F(TaggerTest, AsWellAsAndBecauseOf) {
  Tag("Iran as well as Iraq protested because of the sanctions.");
  EXPECT_TRUE(Is("as", T::kCoordinator, std::nullopt, {}, 0));
  EXPECT_TRUE(Is("well", T::kCoordinator));
  EXPECT_TRUE(Is("as", T::kCoordinator, std::nullopt, {}, 1));
  EXPECT_TRUE(Is("protested", T::kVerb, F::kPast, "protest"));
  EXPECT_TRUE(Is("because", T::kPreposition));
  EXPECT_TRUE(Is("sanctions", T::kNoun, std::nullopt, "sanction"));
}

TEST_F(TaggerTest, HerAsPronounAndPossessive) {
  Tag("Officials told her that her visit was cancelled.");
  EXPECT_TRUE(Is("told", T::kVerb, F::kPast, "tell"));
  EXPECT_TRUE(Is("her", T::kPronoun, std::nullopt, {}, 0));
  EXPECT_TRUE(Is("that", T::kSubordinator));
  EXPECT_TRUE(Is("her", T::kPossPronoun, std::nullopt, {}, 1));
  EXPECT_TRUE(Is("visit", T::kNoun));
  EXPECT_TRUE(Is("cancelled", T::kVerb, F::kPastParticiple));
}

TEST_F(TaggerTest, HisOwnsTheNounAfterIt) {
  Tag("Reporters asked about his splits with Downing Street, but the decision was his.");
  EXPECT_TRUE(Is("his", T::kPossPronoun, std::nullopt, {}, 0));
  EXPECT_TRUE(Is("splits", T::kNoun, std::nullopt, "split"));
  EXPECT_TRUE(Is("his", T::kPronoun, std::nullopt, {}, 1));
}

TEST_F(TaggerTest, CapitalisedModalsAndAcronymsAreNames) {
  Tag("The talks in May were held by the WHO and the US.");
  EXPECT_TRUE(Is("May", T::kProperNoun));
  EXPECT_TRUE(Is("were", T::kAux, F::kPast));
  EXPECT_TRUE(Is("held", T::kVerb, F::kPastParticiple, "hold"));
  EXPECT_TRUE(Is("WHO", T::kProperNoun));
  EXPECT_TRUE(Is("US", T::kProperNoun));
}

TEST_F(TaggerTest, SentenceInitialNamesKnownToWordNet) {
  Tag("Japan condemned the launch. Putin addressed the forum.");
  EXPECT_TRUE(Is("Japan", T::kProperNoun));
  EXPECT_TRUE(Is("condemned", T::kVerb, F::kPast));
  EXPECT_TRUE(Is("Putin", T::kProperNoun));
  EXPECT_TRUE(Is("addressed", T::kVerb, F::kPast, "address"));
  EXPECT_TRUE(Is("forum", T::kNoun));
}

TEST_F(TaggerTest, NumbersAndSymbols) {
  Tag("Exports rose 2.6 pct to $3bn in the 1930s, or 155,221 tonnes.");
  EXPECT_TRUE(Is("Exports", T::kNoun, std::nullopt, "export"));
  EXPECT_TRUE(Is("rose", T::kVerb, F::kPast));
  EXPECT_TRUE(Is("2.6", T::kNumber));
  EXPECT_TRUE(Is("$3bn", T::kNumber));
  EXPECT_TRUE(Is("1930s", T::kNumber));
  EXPECT_TRUE(Is("155,221", T::kNumber));
  EXPECT_TRUE(Is(",", T::kPunct));
}

TEST_F(TaggerTest, TitleCaseHeadline) {
  Tag("Prices rose.", "Iran Rejects New Sanctions");
  EXPECT_TRUE(Is("Iran", T::kProperNoun));
  EXPECT_TRUE(Is("Rejects", T::kVerb, F::kPresent, "reject"));
  EXPECT_TRUE(Is("Sanctions", T::kNoun, std::nullopt, "sanction"));
}

TEST_F(TaggerTest, PluralPossessiveApostrophe) {
  Tag("The farmers' union signed the deal.");
  EXPECT_TRUE(Is("farmers", T::kNoun));
  EXPECT_TRUE(Is("'", T::kPossessive));
  EXPECT_TRUE(Is("union", T::kNoun));
  EXPECT_TRUE(Is("signed", T::kVerb, F::kPast, "sign"));
}

TEST_F(TaggerTest, EveryTokenGetsATagAndLemmasFollowTags) {
  Tag("Chinese leader Xi Jinping welcomed Russian President Vladimir Putin in Beijing, where "
      "talks were held.",
      "Xi, Putin reaffirm \xE2\x80\x98old friend\xE2\x80\x99 ties");
  for (uint32_t i = 0; i < doc_.tokens.size(); ++i) {
    const Token& t = doc_.tokens[i];
    EXPECT_NE(t.tag, T::kUnknown) << doc_.TokenText(i);
    if (t.tag != T::kVerb && t.tag != T::kAux) {
      EXPECT_EQ(t.form, F::kNone) << doc_.TokenText(i);
    }
  }
  EXPECT_TRUE(Is("reaffirm", T::kVerb, F::kPresent, "reaffirm"));
  EXPECT_TRUE(Is("Beijing", T::kProperNoun));
  EXPECT_TRUE(Is("talks", T::kNoun, std::nullopt, "talk"));
}

TEST_F(TaggerTest, TitleNounBeforeAName) {
  Tag("Northern Ireland man James McIlroy is confident he can win.");
  EXPECT_TRUE(Is("man", T::kNoun));
  EXPECT_TRUE(Is("is", T::kAux));
  EXPECT_TRUE(Is("win", T::kVerb, F::kBase));
}

TEST_F(TaggerTest, QuotationWithInvertedSaid) {
  Tag("\"I can run my race,\" said McIlroy.");
  EXPECT_TRUE(Is("run", T::kVerb, F::kBase));
  EXPECT_TRUE(Is("said", T::kVerb, F::kPast, "say"));
  EXPECT_TRUE(Is("McIlroy", T::kProperNoun));
}

TEST_F(TaggerTest, BareInfinitiveAndLinkingComplement) {
  Tag("Lester has helped get his career back on track. The data must be made public.");
  EXPECT_TRUE(Is("helped", T::kVerb, F::kPastParticiple));
  EXPECT_TRUE(Is("get", T::kVerb, F::kBase));
  EXPECT_TRUE(Is("made", T::kVerb, F::kPastParticiple, "make"));
  EXPECT_TRUE(Is("public", T::kAdjective));
}

TEST_F(TaggerTest, IrregularParticipleThatLooksLikeABaseForm) {
  Tag("A member of the team was hit by illness after a member of the staff was put on leave.");
  EXPECT_TRUE(Is("hit", T::kVerb, F::kPastParticiple, "hit"));
  EXPECT_TRUE(Is("after", T::kSubordinator));
  EXPECT_TRUE(Is("put", T::kVerb, F::kPastParticiple, "put"));
}

TEST_F(TaggerTest, PluralNounOrThirdPersonVerb) {
  Tag("The bank raises rates. Iraqi troops in Ramadi searched homes. Iraqi troops raid mosques. "
      "McIlroy lives in Windsor.");
  EXPECT_TRUE(Is("raises", T::kVerb, F::kPresent, "raise"));
  EXPECT_TRUE(Is("rates", T::kNoun, std::nullopt, "rate"));
  EXPECT_TRUE(Is("troops", T::kNoun, std::nullopt, "troop", 0));
  EXPECT_TRUE(Is("searched", T::kVerb, F::kPast));
  EXPECT_TRUE(Is("troops", T::kNoun, std::nullopt, "troop", 1));
  EXPECT_TRUE(Is("raid", T::kVerb, F::kPresent));
  EXPECT_TRUE(Is("lives", T::kVerb, F::kPresent, "live"));
}

TEST_F(TaggerTest, BuiltinLexiconStillTagsClosedWords) {
  auto lex = Lexicon::BuiltinOnly();
  Document doc = testing_util::RunTextStages(*lex, "They have met the minister and did not leave.");
  ASSERT_EQ(doc.tokens.size(), 10u);
  EXPECT_EQ(doc.tokens[0].tag, T::kPronoun);
  EXPECT_EQ(doc.tokens[1].tag, T::kAux);
  EXPECT_EQ(doc.tokens[2].tag, T::kVerb);
  EXPECT_EQ(doc.tokens[2].form, F::kPastParticiple);
  EXPECT_EQ(lex->Spelling(doc.tokens[2].lemma), "meet");
  EXPECT_EQ(doc.tokens[3].tag, T::kDeterminer);
  EXPECT_EQ(doc.tokens[7].tag, T::kNegation);
  EXPECT_EQ(doc.tokens[9].tag, T::kSentenceEnd);
}

TEST_F(TaggerTest, HeadlineListOfNamesAndScheduledInfinitive) {
  // A comma list of names is a plural subject; its base-form verb agrees.
  Tag("Germany, France support Turkish bid");
  EXPECT_TRUE(Is("support", T::kVerb, F::kPresent));
  // "be due to" schedules an act; "due to" alone gives a cause.
  Tag("Talks are due to resume in the spring.");
  EXPECT_TRUE(Is("to", T::kTo));
  EXPECT_TRUE(Is("resume", T::kVerb, F::kBase));
  Tag("The flight was delayed due to bad weather.");
  EXPECT_TRUE(Is("to", T::kPreposition));
  // A verb-first plural before a prepositional phrase and a past verb.
  Tag("Russian strikes on Kyiv killed ten people.");
  EXPECT_TRUE(Is("strikes", T::kNoun));
  EXPECT_TRUE(Is("killed", T::kVerb, F::kPast));
}

}  // namespace
}  // namespace tacitus
