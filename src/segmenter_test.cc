#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tacitus/text_stages.h"
#include "text_test_util.h"

namespace tacitus {
namespace {

using testing_util::MakeDocument;

std::vector<std::string> Sentences(std::string_view body, std::string_view title = {}) {
  Document doc = MakeDocument(body, title);
  SegmentSentences(&doc);
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.Slice(s.span));
  return out;
}

using V = std::vector<std::string>;

TEST(Utf8Test, AcceptsValidText) {
  size_t bad = 99;
  EXPECT_TRUE(IsValidUtf8("", &bad));
  EXPECT_TRUE(IsValidUtf8("plain ASCII text, long enough for the fast path", &bad));
  EXPECT_TRUE(
      IsValidUtf8("BEIJING\xE2\x80\x94 \xE2\x80\x9Cold friend\xE2\x80\x9D caf\xC3\xA9", &bad));
  EXPECT_TRUE(IsValidUtf8("\xF0\x9F\x98\x80 emoji and \xF4\x8F\xBF\xBF max", &bad));
  EXPECT_EQ(bad, 99u);
}

TEST(Utf8Test, RejectsInvalidSequencesWithTheirOffset) {
  struct Case {
    std::string text;
    size_t offset;
  } cases[] = {
      {"abc\x80", 3},              // stray continuation byte
      {"abcdefghij\xC0\x80", 10},  // overlong NUL
      {"x\xE0\x80\x80", 1},        // overlong 3-byte
      {"ok \xED\xA0\x80", 3},      // surrogate U+D800
      {"\xF4\x90\x80\x80", 0},     // above U+10FFFF
      {"trunc\xE2\x80", 5},        // truncated sequence
      {"\xFF", 0},
  };
  for (const Case& c : cases) {
    size_t bad = 99;
    EXPECT_FALSE(IsValidUtf8(c.text, &bad)) << c.offset;
    EXPECT_EQ(bad, c.offset);
  }
  EXPECT_FALSE(IsValidUtf8("\xFF", nullptr));
}

TEST(SegmenterTest, TitleIsTheFirstSentence) {
  Document doc = MakeDocument("Putin met Xi. They talked.", "Xi, Putin reaffirm ties. Again");
  SegmentSentences(&doc);
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_TRUE(doc.sentences[0].is_title);
  EXPECT_EQ(doc.Slice(doc.sentences[0].span), "Xi, Putin reaffirm ties. Again");
  EXPECT_FALSE(doc.sentences[1].is_title);
  EXPECT_EQ(doc.Slice(doc.sentences[1].span), "Putin met Xi.");
}

TEST(SegmenterTest, NoTitleNoTitleSentence) {
  Document doc = MakeDocument("Putin met Xi.\n\nThey talked.");
  SegmentSentences(&doc);
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_FALSE(doc.sentences[0].is_title);
}

TEST(SegmenterTest, SplitsOnTerminators) {
  EXPECT_EQ(Sentences("Xi met Putin. Putin met Modi! Did Modi come? No."),
            (V{"Xi met Putin.", "Putin met Modi!", "Did Modi come?", "No."}));
}

TEST(SegmenterTest, DatelineWithEmDashIsLeftOut) {
  Document doc = MakeDocument(
      "BEIJING\xE2\x80\x94"
      "Chinese leader Xi Jinping welcomed Putin.",
      "Xi welcomes Putin");
  SegmentSentences(&doc);
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.Slice(doc.sentences[1].span), "Chinese leader Xi Jinping welcomed Putin.");
  // The dateline's bytes are still in the text, before the first sentence.
  EXPECT_NE(doc.text().substr(0, doc.sentences[1].span.begin).find("BEIJING"),
            std::string_view::npos);
}

TEST(SegmenterTest, DatelineForms) {
  EXPECT_EQ(Sentences("MOSCOW, March 3 (Reuters) - Russia said it would talk."),
            V{"Russia said it would talk."});
  EXPECT_EQ(Sentences("WASHINGTON (AP) \xE2\x80\x94 The Senate voted."), V{"The Senate voted."});
  EXPECT_EQ(Sentences("SAN FRANCISCO, Calif. (Reuters) - Shares rose."), V{"Shares rose."});
  EXPECT_EQ(Sentences("NEW YORK -- Stocks fell."), V{"Stocks fell."});
  EXPECT_EQ(Sentences("JAKARTA, Indonesia -- Police released a photo."), V{"Police released a photo."});
  EXPECT_EQ(Sentences("NAJAF, Iraq (Reuters) - A gunship attacked."), V{"A gunship attacked."});
  // A comma after a capitals word and a name that goes on is no dateline.
  EXPECT_EQ(Sentences("NATO, Russia and China met."), V{"NATO, Russia and China met."});
  EXPECT_EQ(Sentences("AP - Southern California's agency went after emissions."),
            V{"Southern California's agency went after emissions."});
}

TEST(SegmenterTest, NoDatelineInOrdinaryOpenings) {
  EXPECT_EQ(Sentences("US President Donald Trump spoke."), V{"US President Donald Trump spoke."});
  EXPECT_EQ(Sentences("A Japanese invasion devastated China."),
            V{"A Japanese invasion devastated China."});
  EXPECT_EQ(Sentences("NATO-led troops arrived."), V{"NATO-led troops arrived."});
}

TEST(SegmenterTest, Abbreviations) {
  EXPECT_EQ(Sentences("Mr. Smith met Gen. Jones and Sen. Lee in Washington. They talked."),
            (V{"Mr. Smith met Gen. Jones and Sen. Lee in Washington.", "They talked."}));
  EXPECT_EQ(Sentences("Apple Inc. said on Dec. 5 that sales rose."),
            V{"Apple Inc. said on Dec. 5 that sales rose."});
  EXPECT_EQ(Sentences("He lives at No. 10 Downing Street."),
            V{"He lives at No. 10 Downing Street."});
  EXPECT_EQ(Sentences("Fruit, nuts, etc. were sold."), V{"Fruit, nuts, etc. were sold."});
}

TEST(SegmenterTest, UsAtTheEndOfASentence) {
  EXPECT_EQ(Sentences("U.S. officials met U.N. envoys. Talks went on."),
            (V{"U.S. officials met U.N. envoys.", "Talks went on."}));
  EXPECT_EQ(Sentences("He flew to the U.S. The talks began."),
            (V{"He flew to the U.S.", "The talks began."}));
  EXPECT_EQ(Sentences("He flew to the U.S. President Biden met him."),
            V{"He flew to the U.S. President Biden met him."});
}

TEST(SegmenterTest, InitialsAndDecimals) {
  EXPECT_EQ(Sentences("George W. Bush met J. K. Rowling. Prices rose 1.5 percent. Then fell."),
            (V{"George W. Bush met J. K. Rowling.", "Prices rose 1.5 percent.", "Then fell."}));
}

TEST(SegmenterTest, ClosingQuotesStayWithTheirSentence) {
  EXPECT_EQ(Sentences("He said \xE2\x80\x9CWe will win.\xE2\x80\x9D Then he left."),
            (V{"He said \xE2\x80\x9CWe will win.\xE2\x80\x9D", "Then he left."}));
  EXPECT_EQ(Sentences("She said \"No.\" He agreed."), (V{"She said \"No.\"", "He agreed."}));
  // A question inside a quote does not end the sentence that goes on.
  EXPECT_EQ(Sentences("\xE2\x80\x9CWhy?\xE2\x80\x9D he asked."),
            V{"\xE2\x80\x9CWhy?\xE2\x80\x9D he asked."});
}

TEST(SegmenterTest, Ellipses) {
  EXPECT_EQ(Sentences("He paused... Then he spoke."), (V{"He paused...", "Then he spoke."}));
  EXPECT_EQ(Sentences("He paused\xE2\x80\xA6 and spoke."), V{"He paused\xE2\x80\xA6 and spoke."});
}

TEST(SegmenterTest, LineBreaksEndHeadingsButNotWrappedLines) {
  EXPECT_EQ(Sentences("\xE2\x80\x98"
                      "Always together\xE2\x80\x99\n\xE2\x80\x9CWe remain together,"
                      "\xE2\x80\x9D Putin said.\nMongolia\nIn 2024, Putin visited."),
            (V{"\xE2\x80\x98"
               "Always together\xE2\x80\x99",
               "\xE2\x80\x9CWe remain together,\xE2\x80\x9D Putin said.", "Mongolia",
               "In 2024, Putin visited."}));
  EXPECT_EQ(Sentences("The talks, which began on\nTuesday, ended.\n\nNew paragraph"),
            (V{"The talks, which began on", "Tuesday, ended.", "New paragraph"}));
  EXPECT_EQ(Sentences("The talks, which began\non Tuesday, ended."),
            V{"The talks, which began\non Tuesday, ended."});
}

TEST(SegmenterTest, SpansHaveNoSurroundingSpace) {
  Document doc =
      MakeDocument("  \t Xi met Putin.   \n\n \xC2\xA0 They talked.\xC2\xA0 \n", "  Title  ");
  SegmentSentences(&doc);
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.Slice(doc.sentences[0].span), "Title");
  EXPECT_EQ(doc.Slice(doc.sentences[1].span), "Xi met Putin.");
  EXPECT_EQ(doc.Slice(doc.sentences[2].span), "They talked.");
}

TEST(SegmenterTest, EmptyAndBlankTexts) {
  EXPECT_TRUE(Sentences("").empty());
  EXPECT_TRUE(Sentences(" \n\n \t").empty());
  EXPECT_EQ(Sentences("no final stop"), V{"no final stop"});
}

TEST(SegmenterTest, AcceptanceArticle) {
  std::ifstream in(std::string(TACITUS_SHARED_DIR) + "/examples/xi-putin-2025-09-02.txt");
  if (!in) GTEST_SKIP() << "shared/examples not found";
  std::stringstream ss;
  ss << in.rdbuf();
  std::string all = ss.str();
  size_t gap = all.find("\n\n");
  std::string title = all.substr(0, gap);
  std::string body = all.substr(all.find_first_not_of('\n', gap));
  Document doc = MakeDocument(body, title);
  SegmentSentences(&doc);
  ASSERT_GE(doc.sentences.size(), 30u);
  EXPECT_TRUE(doc.sentences[0].is_title);
  std::string_view first = doc.Slice(doc.sentences[1].span);
  EXPECT_EQ(first.substr(0, 31), "Chinese leader Xi Jinping welco");
  std::vector<std::string> texts;
  for (const Sentence& s : doc.sentences) texts.emplace_back(doc.Slice(s.span));
  EXPECT_NE(std::find(texts.begin(), texts.end(), "Mongolia"), texts.end());
  EXPECT_NE(std::find(texts.begin(), texts.end(), "Pushback to Trump"), texts.end());
  EXPECT_NE(std::find(texts.begin(), texts.end(),
                      "Some of its companies have been accused of abetting the military industry."),
            texts.end());
}

}  // namespace
}  // namespace tacitus
