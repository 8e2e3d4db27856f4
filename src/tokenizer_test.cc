#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tacitus/text_stages.h"
#include "text_test_util.h"

namespace tacitus {
namespace {

using testing_util::MakeDocument;
using V = std::vector<std::string>;

Document TokenizeText(const Lexicon& lex, std::string_view body, std::string_view title = {}) {
  Document doc = MakeDocument(body, title);
  SegmentSentences(&doc);
  Tokenize(lex, &doc);
  return doc;
}

V Tokens(std::string_view body) {
  static const auto lex = Lexicon::BuiltinOnly();
  Document doc = TokenizeText(*lex, body);
  V out;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) out.emplace_back(doc.TokenText(i));
  return out;
}

TEST(TokenizerTest, WordsAndPunctuation) {
  EXPECT_EQ(Tokens("Xi welcomed Putin, (briefly); then left."),
            (V{"Xi", "welcomed", "Putin", ",", "(", "briefly", ")", ";", "then", "left", "."}));
}

TEST(TokenizerTest, UnderscoresBetweenWordsAreSpaces) {
  EXPECT_EQ(Tokens("the Prince of Dol_Amroth left _ now"),
            (V{"the", "Prince", "of", "Dol", "Amroth", "left", "_", "now"}));
}

TEST(TokenizerTest, PossessivesAndContractions) {
  EXPECT_EQ(Tokens("Moscow\xE2\x80\x99s ties and China's army."),
            (V{"Moscow", "\xE2\x80\x99s", "ties", "and", "China", "'s", "army", "."}));
  EXPECT_EQ(
      Tokens("Modi didn't come, won't come and can't come."),
      (V{"Modi", "did", "n't", "come", ",", "wo", "n't", "come", "and", "ca", "n't", "come", "."}));
  EXPECT_EQ(Tokens("They\xE2\x80\x99re sure we'll see; I'm not, she'd gone."),
            (V{"They", "\xE2\x80\x99re", "sure", "we", "'ll", "see", ";", "I", "'m", "not", ",",
               "she", "'d", "gone", "."}));
  EXPECT_EQ(Tokens("He cannot go."), (V{"He", "can", "not", "go", "."}));
  // Wires that space clitics off ("Israel 's"), and a quote that is not one.
  EXPECT_EQ(Tokens("Israel 's army and the 'short' list."),
            (V{"Israel", "'s", "army", "and", "the", "'", "short", "'", "list", "."}));
  EXPECT_EQ(Tokens("Isn\xE2\x80\x99t it?"), (V{"Is", "n\xE2\x80\x99t", "it", "?"}));
}

TEST(TokenizerTest, ApostrophesInsideAndAfterWords) {
  EXPECT_EQ(Tokens("O'Brien visited C\xC3\xB4te d'Ivoire."),
            (V{"O'Brien", "visited", "C\xC3\xB4te", "d'Ivoire", "."}));
  EXPECT_EQ(Tokens("The farmers' union met."), (V{"The", "farmers", "'", "union", "met", "."}));
  EXPECT_EQ(Tokens("\xE2\x80\x98"
                   "Always together\xE2\x80\x99"),
            (V{"\xE2\x80\x98", "Always", "together", "\xE2\x80\x99"}));
}

TEST(TokenizerTest, AbbreviationsStayWhole) {
  EXPECT_EQ(Tokens("U.S. and U.N. officials met Mr. Lee in Washington, D.C. on Dec. 5."),
            (V{"U.S.", "and", "U.N.", "officials", "met", "Mr.", "Lee", "in", "Washington", ",",
               "D.C.", "on", "Dec.", "5", "."}));
  EXPECT_EQ(Tokens("U.S.-China trade fell."), (V{"U.S.", "-", "China", "trade", "fell", "."}));
  EXPECT_EQ(Tokens("George W. Bush won."), (V{"George", "W.", "Bush", "won", "."}));
  EXPECT_EQ(Tokens("He backed Plan B."), (V{"He", "backed", "Plan", "B", "."}));
}

TEST(TokenizerTest, HyphensNumbersAndMoney) {
  EXPECT_EQ(Tokens("Kim Jong-un sent an e-mail to the 10-member group."),
            (V{"Kim", "Jong-un", "sent", "an", "e-mail", "to", "the", "10-member", "group", "."}));
  EXPECT_EQ(Tokens("After 9/11, it cost $3bn, or 1.5 pct, up 5% to 155,221 at 10:30."),
            (V{"After", "9/11", ",", "it", "cost", "$3bn", ",", "or", "1.5", "pct", ",", "up", "5%",
               "to", "155,221", "at", "10:30", "."}));
  EXPECT_EQ(Tokens("It paid \xE2\x82\xAC"
                   "20 in the '90s."),
            (V{"It", "paid",
               "\xE2\x82\xAC"
               "20",
               "in", "the", "'90s", "."}));
}

TEST(TokenizerTest, QuotesAndDashes) {
  EXPECT_EQ(Tokens("an \xE2\x80\x9Cold friend\xE2\x80\x9D \xE2\x80\x94 and more -- really..."),
            (V{"an", "\xE2\x80\x9C", "old", "friend", "\xE2\x80\x9D", "\xE2\x80\x94", "and", "more",
               "--", "really", "..."}));
  EXPECT_EQ(Tokens("a \"quoted\" word \xE2\x80\x93 done"),
            (V{"a", "\"", "quoted", "\"", "word", "\xE2\x80\x93", "done"}));
}

TEST(TokenizerTest, Flags) {
  auto lex = Lexicon::BuiltinOnly();
  Document doc =
      TokenizeText(*lex, "\xE2\x80\x9CWe met NATO and the US in 2024,\xE2\x80\x9D I said.");
  ASSERT_EQ(doc.tokens.size(), 14u);
  auto flags = [&](int i) { return doc.tokens[i].flags; };
  EXPECT_EQ(flags(0), 0);                                           // the quote mark itself
  EXPECT_EQ(flags(1), kCapitalised | kSentenceInitial | kInQuote);  // We
  EXPECT_EQ(flags(2), kInQuote);                                    // met
  EXPECT_EQ(flags(3), kCapitalised | kAllCaps | kInQuote);          // NATO
  EXPECT_EQ(flags(6), kCapitalised | kAllCaps | kInQuote);          // US
  EXPECT_EQ(flags(8), kHasDigit | kInQuote);                        // 2024
  EXPECT_EQ(flags(11), kCapitalised);                               // I
  EXPECT_EQ(flags(12), 0);                                          // said
}

TEST(TokenizerTest, AsciiQuotesToggleAndResetAtParagraphs) {
  auto lex = Lexicon::BuiltinOnly();
  Document doc = TokenizeText(*lex, "He said \"we win\" today.\nA new \"line.\nNo quote here.");
  std::vector<bool> in;
  for (const Token& t : doc.tokens) in.push_back(t.has(kInQuote));
  // He said " we win " today . A new " line . No quote here .
  EXPECT_EQ(in, (std::vector<bool>{false, false, false, true, true, false, false, false, false,
                                   false, false, true, false, false, false, false, false}));
}

TEST(TokenizerTest, WordIdsAreLowerCaseLookups) {
  auto lex = Lexicon::BuiltinOnly();
  uint32_t kremlin = lex->Intern("kremlin");
  Document doc = TokenizeText(*lex, "The Kremlin and THE Zorbl.");
  ASSERT_EQ(doc.tokens.size(), 6u);
  EXPECT_EQ(doc.tokens[0].word, lex->Find("the"));
  EXPECT_EQ(doc.tokens[1].word, kremlin);
  EXPECT_EQ(doc.tokens[3].word, lex->Find("the"));
  EXPECT_EQ(doc.tokens[4].word, 0u);  // unknown
}

TEST(TokenizerTest, SentencesPointAtTheirTokens) {
  auto lex = Lexicon::BuiltinOnly();
  Document doc = TokenizeText(*lex, "Xi met Putin. They talked.", "Talks begin");
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.sentences[0].first_token, 0u);
  EXPECT_EQ(doc.sentences[0].end_token, 2u);
  EXPECT_EQ(doc.sentences[1].first_token, 2u);
  EXPECT_EQ(doc.sentences[1].end_token, 6u);
  EXPECT_EQ(doc.sentences[2].end_token, doc.tokens.size());
  for (const Sentence& s : doc.sentences) {
    EXPECT_TRUE(doc.tokens[s.first_token].has(kSentenceInitial));
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      EXPECT_GE(doc.tokens[i].span.begin, s.span.begin);
      EXPECT_LE(doc.tokens[i].span.end, s.span.end);
    }
  }
}

TEST(TokenizerTest, OddInputDoesNotBreak) {
  EXPECT_EQ(Tokens("--- ''' ... \xE2\x80\xA6 $ % & '"),
            (V{"---", "'", "'", "'", "...", "\xE2\x80\xA6", "$", "%", "&", "'"}));
  std::string long_word(300, 'a');
  EXPECT_EQ(Tokens(long_word), V{long_word});
  EXPECT_TRUE(Tokens("").empty());
}

}  // namespace
}  // namespace tacitus
