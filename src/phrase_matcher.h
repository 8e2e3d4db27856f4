// PhraseMatcher: finds dictionary phrases (sequences of words) in a token
// array, longest first. Phrases are compiled into lexicon word ids, so a
// match compares integers. Many payloads may share one phrase ("Georgia"
// the country and the gazetteer's Georgia); all are returned.
#ifndef TACITUS_SRC_PHRASE_MATCHER_H_
#define TACITUS_SRC_PHRASE_MATCHER_H_

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tacitus/document.h"
#include "tacitus/lexicon.h"

namespace tacitus {

// Splits a phrase the way the tokenizer splits text and interns each
// lower-cased token: "People's Republic of China" -> ids of
// people, 's, republic, of, china. Empty if the phrase has no tokens.
std::vector<uint32_t> CompilePhrase(std::string_view phrase, Lexicon* lexicon);

// "the Kremlin", "the White House": the article belongs to the text, not to
// the name, so a leading "the" is dropped. Not before a bare compass word:
// "the West" must not match "West Darfur" or "West Africa".
void DropLeadingThe(const Lexicon& lexicon, std::vector<uint32_t>* words);

// Case rules for a phrase, from how it is written in the dictionary.
enum PhraseCase : uint8_t {
  kAnyCase = 0,
  kNameCase = 1,  // a name: its first word must be capitalised in the text
  kUpperOnly = 2,    // written in capitals ("US", "PLA"): capitals only
};
PhraseCase CaseOfName(std::string_view phrase);

class PhraseMatcher {
 public:
  void Add(const std::vector<uint32_t>& words, PhraseCase case_rule, uint32_t payload);
  // Sorts candidates longest first; call once after the last Add.
  void Finalize();

  // Longest phrase starting at token `i` and ending at or before `end`.
  // Returns its length in tokens (0 if none) and appends its payloads.
  uint32_t LongestAt(const Document& doc, uint32_t i, uint32_t end,
                     std::vector<uint32_t>* payloads) const;
  size_t size() const { return phrases_.size(); }

 private:
  struct Phrase {
    uint32_t first_word;  // index into words_
    uint16_t length;
    PhraseCase case_rule;
    uint32_t payload;
  };
  bool Matches(const Document& doc, uint32_t i, const Phrase& p) const;
  std::vector<uint32_t> words_;
  std::vector<Phrase> phrases_;
  // first word id -> indices into phrases_, longest first.
  std::unordered_map<uint32_t, std::vector<uint32_t>> by_first_;
};

}  // namespace tacitus

#endif  // TACITUS_SRC_PHRASE_MATCHER_H_
