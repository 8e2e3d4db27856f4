// Tagging tests on realistic news sentences. Each checks the tokens that
// the clause finder depends on: verbs and their forms, auxiliaries, "to",
// noun phrase heads, names, and the words that open clauses.
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

TEST_F(TaggerTest, HeadlineSentenceOfTheAcceptanceArticle) {
  Tag("Chinese leader Xi Jinping welcomed Russian President Vladimir Putin as an \xE2\x80\x9C"
      "old friend\xE2\x80\x9D as the two began a series of meetings on Tuesday.");
  EXPECT_TRUE(Is("Chinese", T::kAdjective));
  EXPECT_TRUE(Is("leader", T::kNoun));
  EXPECT_TRUE(Is("Xi", T::kProperNoun));
  EXPECT_TRUE(Is("Jinping", T::kProperNoun));
  EXPECT_TRUE(Is("welcomed", T::kVerb, F::kPast, "welcome"));
  EXPECT_TRUE(Is("Putin", T::kProperNoun));
  EXPECT_TRUE(Is("as", T::kPreposition, std::nullopt, {}, 0));
  EXPECT_TRUE(Is("friend", T::kNoun));
  EXPECT_TRUE(Is("as", T::kSubordinator, std::nullopt, {}, 1));
  EXPECT_TRUE(Is("began", T::kVerb, F::kPast, "begin"));
  EXPECT_TRUE(Is("meetings", T::kNoun, std::nullopt, "meeting"));
  EXPECT_TRUE(Is("Tuesday", T::kProperNoun));
  EXPECT_TRUE(Is(".", T::kSentenceEnd));
}

TEST_F(TaggerTest, ModalNegationBase) {
  Tag("Modi will not attend China's military parade.");
  EXPECT_TRUE(Is("Modi", T::kProperNoun));
  EXPECT_TRUE(Is("will", T::kModal));
  EXPECT_TRUE(Is("not", T::kNegation));
  EXPECT_TRUE(Is("attend", T::kVerb, F::kBase, "attend"));
  EXPECT_TRUE(Is("'s", T::kPossessive));
  EXPECT_TRUE(Is("parade", T::kNoun));
}

TEST_F(TaggerTest, Passive) {
  Tag("Ukraine was attacked by Russian troops.");
  EXPECT_TRUE(Is("was", T::kAux, F::kPast, "be"));
  EXPECT_TRUE(Is("attacked", T::kVerb, F::kPastParticiple, "attack"));
  EXPECT_TRUE(Is("by", T::kPreposition));
  EXPECT_TRUE(Is("troops", T::kNoun, std::nullopt, "troop"));
}

TEST_F(TaggerTest, ToBeforeANounPhraseIsAPreposition) {
  Tag("Putin made an official visit to Mongolia.");
  EXPECT_TRUE(Is("made", T::kVerb, F::kPast, "make"));
  EXPECT_TRUE(Is("an", T::kDeterminer));
  EXPECT_TRUE(Is("official", T::kAdjective));
  EXPECT_TRUE(Is("visit", T::kNoun));
  EXPECT_TRUE(Is("to", T::kPreposition));
  EXPECT_TRUE(Is("Mongolia", T::kProperNoun));
}

TEST_F(TaggerTest, PresentVerbAfterPluralNounAndSubordinateAfter) {
  Tag("The talks come the day after both attended a summit.");
  EXPECT_TRUE(Is("talks", T::kNoun, std::nullopt, "talk"));
  EXPECT_TRUE(Is("come", T::kVerb, F::kPresent, "come"));
  EXPECT_TRUE(Is("after", T::kSubordinator));
  EXPECT_TRUE(Is("both", T::kPronoun));
  EXPECT_TRUE(Is("attended", T::kVerb, F::kPast));
  EXPECT_TRUE(Is("summit", T::kNoun));
}

TEST_F(TaggerTest, PerfectPassiveAndGerundAfterPreposition) {
  Tag("Some of its companies have been accused of abetting the military industry.");
  EXPECT_TRUE(Is("Some", T::kPronoun));
  EXPECT_TRUE(Is("its", T::kPossPronoun));
  EXPECT_TRUE(Is("companies", T::kNoun, std::nullopt, "company"));
  EXPECT_TRUE(Is("have", T::kAux, std::nullopt, "have"));
  EXPECT_TRUE(Is("been", T::kAux, F::kPastParticiple, "be"));
  EXPECT_TRUE(Is("accused", T::kVerb, F::kPastParticiple, "accuse"));
  EXPECT_TRUE(Is("abetting", T::kVerb, F::kGerund, "abet"));
  EXPECT_TRUE(Is("military", T::kAdjective));
  EXPECT_TRUE(Is("industry", T::kNoun));
}

TEST_F(TaggerTest, CoordinatedPredicatesAndGerund) {
  Tag("China says it is neutral but has provided an economic lifeline to Russia by continuing "
      "trade.");
  EXPECT_TRUE(Is("China", T::kProperNoun));
  EXPECT_TRUE(Is("says", T::kVerb, F::kPresent, "say"));
  EXPECT_TRUE(Is("it", T::kPronoun));
  EXPECT_TRUE(Is("is", T::kAux, F::kPresent, "be"));
  EXPECT_TRUE(Is("neutral", T::kAdjective));
  EXPECT_TRUE(Is("but", T::kCoordinator));
  EXPECT_TRUE(Is("has", T::kAux));
  EXPECT_TRUE(Is("provided", T::kVerb, F::kPastParticiple, "provide"));
  EXPECT_TRUE(Is("lifeline", T::kNoun));
  EXPECT_TRUE(Is("to", T::kPreposition));
  EXPECT_TRUE(Is("continuing", T::kVerb, F::kGerund, "continue"));
  EXPECT_TRUE(Is("trade", T::kNoun));
}

TEST_F(TaggerTest, PluralSubjectAndPastVerb) {
  Tag("Protesters rallied outside the embassy on Monday.");
  EXPECT_TRUE(Is("Protesters", T::kNoun, std::nullopt, "protester"));
  EXPECT_TRUE(Is("rallied", T::kVerb, F::kPast, "rally"));
  EXPECT_TRUE(Is("outside", T::kPreposition));
  EXPECT_TRUE(Is("embassy", T::kNoun));
  EXPECT_TRUE(Is("Monday", T::kProperNoun));
}

TEST_F(TaggerTest, SimpleSubjectVerbObject) {
  Tag("Xi welcomed Putin.");
  EXPECT_TRUE(Is("Xi", T::kProperNoun));
  EXPECT_TRUE(Is("welcomed", T::kVerb, F::kPast, "welcome"));
  EXPECT_TRUE(Is("Putin", T::kProperNoun));
}

TEST_F(TaggerTest, ContractedNegations) {
  Tag("Modi didn't attend. He won't go. They can't stay.");
  EXPECT_TRUE(Is("did", T::kAux, F::kPast, "do"));
  EXPECT_TRUE(Is("n't", T::kNegation, std::nullopt, "not"));
  EXPECT_TRUE(Is("attend", T::kVerb, F::kBase));
  EXPECT_TRUE(Is("wo", T::kModal, std::nullopt, "will"));
  EXPECT_TRUE(Is("go", T::kVerb, F::kBase));
  EXPECT_TRUE(Is("ca", T::kModal, std::nullopt, "can"));
  EXPECT_TRUE(Is("stay", T::kVerb, F::kBase));
}

TEST_F(TaggerTest, PerfectAfterCoordinatedNames) {
  Tag("Relations between China and Russia have deepened in recent years, particularly after the "
      "Russian invasion of Ukraine in early 2022.");
  EXPECT_TRUE(Is("Relations", T::kNoun, std::nullopt, "relation"));
  EXPECT_TRUE(Is("have", T::kAux));
  EXPECT_TRUE(Is("deepened", T::kVerb, F::kPastParticiple, "deepen"));
  EXPECT_TRUE(Is("after", T::kPreposition));
  EXPECT_TRUE(Is("invasion", T::kNoun));
  EXPECT_TRUE(Is("2022", T::kNumber));
}

TEST_F(TaggerTest, ThatAfterSayIsASubordinator) {
  Tag("Putin addressed Xi as \xE2\x80\x9C"
      "dear friend\xE2\x80\x9D and said that Moscow"
      "\xE2\x80\x99s ties with Beijing are strong.");
  EXPECT_TRUE(Is("addressed", T::kVerb, F::kPast));
  EXPECT_TRUE(Is("as", T::kPreposition));
  EXPECT_TRUE(Is("and", T::kCoordinator));
  EXPECT_TRUE(Is("said", T::kVerb, F::kPast, "say"));
  EXPECT_TRUE(Is("that", T::kSubordinator));
  EXPECT_TRUE(Is("\xE2\x80\x99s", T::kPossessive));
  EXPECT_TRUE(Is("ties", T::kNoun, std::nullopt, "tie"));
  EXPECT_TRUE(Is("are", T::kAux, F::kPresent));
}

TEST_F(TaggerTest, ThatAfterAReportingVerbAndAPhrase) {
  Tag("Putin said in opening remarks that the three countries are good neighbors.");
  EXPECT_TRUE(Is("that", T::kSubordinator));
  EXPECT_TRUE(Is("countries", T::kNoun));
  EXPECT_TRUE(Is("neighbors", T::kNoun, std::nullopt, "neighbor"));
}

TEST_F(TaggerTest, RelativeThatBeforeAModal) {
  Tag("Xi has stepped up a drive to build a strong country that can no longer be bullied.");
  EXPECT_TRUE(Is("stepped", T::kVerb, F::kPastParticiple, "step"));
  EXPECT_TRUE(Is("up", T::kAdverb));
  EXPECT_TRUE(Is("drive", T::kNoun));
  EXPECT_TRUE(Is("to", T::kTo));
  EXPECT_TRUE(Is("build", T::kVerb, F::kBase));
  EXPECT_TRUE(Is("that", T::kRelative));
  EXPECT_TRUE(Is("can", T::kModal));
  EXPECT_TRUE(Is("no", T::kNegation));
  EXPECT_TRUE(Is("longer", T::kNegation));
  EXPECT_TRUE(Is("be", T::kAux, F::kBase));
  EXPECT_TRUE(Is("bullied", T::kVerb, F::kPastParticiple, "bully"));
}

TEST_F(TaggerTest, CoordinatedPastVerbsAcrossALongObject) {
  Tag("It also declared war on Japan in the last days of World War II and sent troops over the "
      "border.");
  EXPECT_TRUE(Is("It", T::kPronoun));
  EXPECT_TRUE(Is("also", T::kAdverb));
  EXPECT_TRUE(Is("declared", T::kVerb, F::kPast));
  EXPECT_TRUE(Is("war", T::kNoun));
  EXPECT_TRUE(Is("sent", T::kVerb, F::kPast, "send"));
  EXPECT_TRUE(Is("troops", T::kNoun));
}

TEST_F(TaggerTest, GerundModifierAndPossessiveNounPhrase) {
  Tag("US President Donald Trump\xE2\x80\x99s steep tariffs on India have pushed New Delhi "
      "closer to China.");
  EXPECT_TRUE(Is("US", T::kProperNoun));
  EXPECT_TRUE(Is("Trump", T::kProperNoun));
  EXPECT_TRUE(Is("\xE2\x80\x99s", T::kPossessive));
  EXPECT_TRUE(Is("steep", T::kAdjective));
  EXPECT_TRUE(Is("tariffs", T::kNoun, std::nullopt, "tariff"));
  EXPECT_TRUE(Is("pushed", T::kVerb, F::kPastParticiple, "push"));
  EXPECT_TRUE(Is("to", T::kPreposition));
}

TEST_F(TaggerTest, NounCompoundSubjectBeforeAuxiliary) {
  Tag("His landlocked country of grasslands and mineral mines is sandwiched between the two "
      "giants.");
  EXPECT_TRUE(Is("His", T::kPossPronoun));
  EXPECT_TRUE(Is("country", T::kNoun));
  EXPECT_TRUE(Is("mines", T::kNoun, std::nullopt, "mine"));
  EXPECT_TRUE(Is("is", T::kAux));
  EXPECT_TRUE(Is("sandwiched", T::kVerb, F::kPastParticiple));
  EXPECT_TRUE(Is("two", T::kNumber));
  EXPECT_TRUE(Is("giants", T::kNoun, std::nullopt, "giant"));
}

TEST_F(TaggerTest, RelativeWhereAndInfinitive) {
  Tag("In 2024, Putin made an official visit to Mongolia, where the government ignored calls to "
      "arrest him.");
  EXPECT_TRUE(Is("In", T::kPreposition));
  EXPECT_TRUE(Is("where", T::kRelative));
  EXPECT_TRUE(Is("ignored", T::kVerb, F::kPast, "ignore"));
  EXPECT_TRUE(Is("calls", T::kNoun, std::nullopt, "call"));
  EXPECT_TRUE(Is("to", T::kPreposition, std::nullopt, {}, 0));
  EXPECT_TRUE(Is("to", T::kTo, std::nullopt, {}, 1));
  EXPECT_TRUE(Is("arrest", T::kVerb, F::kBase));
  EXPECT_TRUE(Is("him", T::kPronoun));
}

TEST_F(TaggerTest, ParticipleAdjectiveAndReducedRelativeGerund) {
  Tag("The court issued a warrant for alleged war crimes stemming from the invasion.");
  EXPECT_TRUE(Is("issued", T::kVerb, F::kPast));
  EXPECT_TRUE(Is("alleged", T::kAdjective));
  EXPECT_TRUE(Is("crimes", T::kNoun, std::nullopt, "crime"));
  EXPECT_TRUE(Is("stemming", T::kVerb, F::kGerund, "stem"));
}

TEST_F(TaggerTest, ExpectedToAndAsClause) {
  Tag("Xi and Putin are expected to stand side-by-side as they watch a military parade which "
      "also marks the victory.");
  EXPECT_TRUE(Is("Xi", T::kProperNoun));
  EXPECT_TRUE(Is("expected", T::kVerb, F::kPastParticiple));
  EXPECT_TRUE(Is("to", T::kTo));
  EXPECT_TRUE(Is("stand", T::kVerb, F::kBase));
  EXPECT_TRUE(Is("as", T::kSubordinator));
  EXPECT_TRUE(Is("watch", T::kVerb, F::kPresent));
  EXPECT_TRUE(Is("which", T::kRelative));
  EXPECT_TRUE(Is("marks", T::kVerb, F::kPresent, "mark"));
}

TEST_F(TaggerTest, ParticipialAdjectiveAfterDeterminer) {
  Tag("The ruling Communist Party is trying to amplify a feeling of pride by playing up the "
      "anniversary.");
  EXPECT_TRUE(Is("ruling", T::kAdjective));
  EXPECT_TRUE(Is("Communist", T::kProperNoun));
  EXPECT_TRUE(Is("trying", T::kVerb, F::kGerund, "try"));
  EXPECT_TRUE(Is("amplify", T::kVerb, F::kBase));
  EXPECT_TRUE(Is("feeling", T::kNoun));
  EXPECT_TRUE(Is("playing", T::kVerb, F::kGerund));
  EXPECT_TRUE(Is("up", T::kAdverb));
}

TEST_F(TaggerTest, ParticleBackAndGerundClause) {
  Tag("His government pushed back against new US tariffs this year, forcing Trump to scale them "
      "down.");
  EXPECT_TRUE(Is("pushed", T::kVerb, F::kPast));
  EXPECT_TRUE(Is("back", T::kAdverb));
  EXPECT_TRUE(Is("against", T::kPreposition));
  EXPECT_TRUE(Is("this", T::kDeterminer));
  EXPECT_TRUE(Is("forcing", T::kVerb, F::kGerund, "force"));
  EXPECT_TRUE(Is("to", T::kTo));
  EXPECT_TRUE(Is("scale", T::kVerb, F::kBase));
  EXPECT_TRUE(Is("down", T::kAdverb));
}

TEST_F(TaggerTest, CameToPowerIsAPrepositionalPhrase) {
  Tag("Xi, who came to power in 2012, has changed.");
  EXPECT_TRUE(Is("who", T::kRelative));
  EXPECT_TRUE(Is("came", T::kVerb, F::kPast, "come"));
  EXPECT_TRUE(Is("to", T::kPreposition));
  EXPECT_TRUE(Is("power", T::kNoun));
  EXPECT_TRUE(Is("has", T::kAux));
  EXPECT_TRUE(Is("changed", T::kVerb, F::kPastParticiple));
}

}  // namespace
}  // namespace tacitus
