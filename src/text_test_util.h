// Helpers for the text stage tests: the WordNet lexicon (loaded once) and a
// Document run through segment, tokenize and tag.
#ifndef TACITUS_SRC_TEXT_TEST_UTIL_H_
#define TACITUS_SRC_TEXT_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "tacitus/document.h"
#include "tacitus/lexicon.h"
#include "tacitus/text_stages.h"

#define TACITUS_REQUIRE_WORDNET()                                                        \
  if (::tacitus::testing_util::WordNet() == nullptr)                                     \
  GTEST_SKIP() << "WordNet is not installed in " << ::tacitus::testing_util::kWordNetDir \
               << " (apt-get install wordnet-base)"

namespace tacitus {
namespace testing_util {

constexpr const char* kWordNetDir = "/usr/share/wordnet";

// The frozen WordNet lexicon, or nullptr when WordNet is not installed.
inline const Lexicon* WordNet() {
  static const std::unique_ptr<Lexicon> lexicon = [] {
    std::unique_ptr<Lexicon> lex;
    if (!Lexicon::Load(kWordNetDir, &lex).ok()) return std::unique_ptr<Lexicon>();
    lex->Freeze();
    return lex;
  }();
  return lexicon.get();
}

// A document whose text is `title` + "\n\n" + `body` (as the coder joins
// them), or `body` alone when there is no title.
inline Document MakeDocument(std::string_view body, std::string_view title = {}) {
  Document doc;
  doc.article.title = std::string(title);
  doc.article.text =
      title.empty() ? std::string(body) : std::string(title) + "\n\n" + std::string(body);
  return doc;
}

inline Document RunTextStages(const Lexicon& lex, std::string_view body,
                              std::string_view title = {}) {
  Document doc = MakeDocument(body, title);
  SegmentSentences(&doc);
  Tokenize(lex, &doc);
  TagTokens(lex, &doc);
  return doc;
}

inline const char* TagName(Tag t) {
  static const char* const kNames[] = {
      "Unknown",     "Noun",  "ProperNoun",  "Pronoun",      "PossPronoun", "Verb",
      "Aux",         "Modal", "Adjective",   "Adverb",       "Determiner",  "Number",
      "Preposition", "To",    "Coordinator", "Subordinator", "Relative",    "Negation",
      "Possessive",  "Punct", "SentenceEnd"};
  return kNames[static_cast<int>(t)];
}

inline const char* FormName(VerbForm f) {
  static const char* const kNames[] = {"None", "Base",           "Present",
                                       "Past", "PastParticiple", "Gerund"};
  return kNames[static_cast<int>(f)];
}

// Fixture for tagging tests: Tag() runs the text stages, Is() checks a token.
class TaggerTest : public ::testing::Test {
 protected:
  void SetUp() override { TACITUS_REQUIRE_WORDNET(); }

  void Tag(std::string_view body, std::string_view title = {}) {
    doc_ = RunTextStages(*WordNet(), body, title);
  }

  // Index of the nth token spelled `word`, or -1.
  int Find(std::string_view word, int nth = 0) const {
    for (uint32_t i = 0; i < doc_.tokens.size(); ++i) {
      if (doc_.TokenText(i) == word && nth-- == 0) return static_cast<int>(i);
    }
    return -1;
  }

  // Checks tag, and form and lemma when given.
  ::testing::AssertionResult Is(std::string_view word, tacitus::Tag tag,
                                std::optional<VerbForm> form = std::nullopt,
                                std::string_view lemma = {}, int nth = 0) const {
    int i = Find(word, nth);
    if (i < 0) return ::testing::AssertionFailure() << "no token '" << word << "'";
    const Token& t = doc_.tokens[i];
    auto fail = [&]() {
      return ::testing::AssertionFailure()
             << "'" << word << "' is " << TagName(t.tag) << "/" << FormName(t.form) << " lemma '"
             << WordNet()->Spelling(t.lemma) << "', want " << TagName(tag)
             << (form ? std::string("/") + FormName(*form) : "")
             << (lemma.empty() ? "" : " lemma '" + std::string(lemma) + "'")
             << "\n  in: " << Dump();
    };
    if (t.tag != tag) return fail();
    if (form && t.form != *form) return fail();
    if (!lemma.empty() && WordNet()->Spelling(t.lemma) != lemma) return fail();
    return ::testing::AssertionSuccess();
  }

  std::string Dump() const {
    std::string out;
    for (uint32_t i = 0; i < doc_.tokens.size(); ++i) {
      out += std::string(doc_.TokenText(i)) + "/" + TagName(doc_.tokens[i].tag) + " ";
    }
    return out;
  }

  Document doc_;
};

}  // namespace testing_util
}  // namespace tacitus

#endif  // TACITUS_SRC_TEXT_TEST_UTIL_H_
